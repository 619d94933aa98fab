package dev.multichat.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from a store URI before it is shown in a log, an error or
 * {@code toString()}: the password of an authority's user info ({@code redis://user:secret@host}
 * becomes {@code redis://user:***@host}; user info without a user name, which Redis reads as a
 * password, is masked whole) and the values of query options whose names speak of secrets
 * ({@code password}, {@code secret}, {@code token}, {@code key}, {@code auth}, {@code credential}).
 * Inner URIs in query values (a {@code hybrid:} URI's tiers) are percent-encoded and redacted
 * by the same option rule when they carry credentials in clear. Stateless.
 */
public final class Redaction {
    private static final String MASK = "***";
    private static final Pattern USER_INFO = Pattern.compile("(//)([^/?#@]*)@");
    private static final Pattern OPTION = Pattern.compile("([?&;])([^=&;#]+)=([^&;#]*)");
    private static final Pattern SECRET_NAME = Pattern.compile("pass|pwd|secret|token|key|auth|credential");

    private Redaction() {
    }

    /**
     * @param uri a store URI as a user typed it (or any text holding one)
     * @return the same text with every credential replaced by {@code ***}
     */
    public static String redact(String uri) {
        if (uri == null) {
            return null;
        }
        Matcher info = USER_INFO.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (info.find()) {
            String userInfo = info.group(2);
            int colon = userInfo.indexOf(':');
            String kept = colon < 0 ? MASK : userInfo.substring(0, colon + 1) + MASK;
            info.appendReplacement(out, Matcher.quoteReplacement(info.group(1) + kept + "@"));
        }
        info.appendTail(out);
        return redactOptions(out.toString());
    }

    private static String redactOptions(String text) {
        Matcher option = OPTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (option.find()) {
            boolean secret = SECRET_NAME.matcher(option.group(2).toLowerCase(Locale.ROOT)).find();
            String value = secret ? MASK : option.group(3);
            option.appendReplacement(out, Matcher.quoteReplacement(option.group(1) + option.group(2) + "=" + value));
        }
        option.appendTail(out);
        return out.toString();
    }
}
