package dev.multichat.internal;

/** Counts UTF-8 bytes of a string without encoding it. */
final class Utf8Length {
    private static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8Length() {
    }

    /**
     * @param text storable text (surrogates paired)
     * @param limit the most bytes allowed
     * @return whether the text's UTF-8 form has at most {@code limit} bytes
     */
    static boolean atMost(String text, int limit) {
        int chars = text.length();
        if ((long) chars * MAX_BYTES_PER_CHAR <= limit) {
            return true;
        }
        return chars <= limit && of(text) <= limit;
    }

    /**
     * @param text storable text
     * @return its UTF-8 length in bytes (an unpaired surrogate counts 3, as a replacement would)
     */
    static long of(String text) {
        long bytes = 0;
        int chars = text.length();
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += MAX_BYTES_PER_CHAR;
            }
        }
        return bytes;
    }
}
