package dev.multichat.api;

import dev.multichat.internal.Redaction;
import dev.multichat.internal.Require;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A store address: {@code scheme:location?name=value&...}, for example
 * {@code sqlite:data/chats.db?synchronous=full}, {@code json:/var/lib/chats},
 * {@code redis://host:6379/0?timeout=2s}, {@code memory:}. Query values are
 * percent-decoded (so a {@code hybrid:} URI can nest other URIs).
 *
 * @param text the URI as given
 * @param scheme the part before the first {@code :}, lower case
 * @param location what follows the {@code :} up to {@code ?}, possibly empty
 * @param query the decoded query parameters, in order
 */
public record StoreUri(String text, String scheme, String location, Map<String, String> query) {
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

    /**
     * @throws InvalidInputException if a field is null or the scheme is malformed
     */
    public StoreUri {
        Require.nonNull(text, "store uri");
        Require.argument(scheme != null && SCHEME.matcher(scheme).matches(), "store uri '%s' has no"
                + " valid scheme; write it as scheme:location, e.g. sqlite:data/chats.db", Redaction.redact(text));
        Require.nonNull(location, "location");
        query = Map.copyOf(Require.nonNull(query, "query"));
    }

    /**
     * @param text e.g. {@code sqlite:data/chats.db?synchronous=full}
     * @return the parsed URI
     * @throws InvalidInputException if it has no scheme or a malformed query
     */
    public static StoreUri parse(String text) {
        Require.nonNull(text, "store uri");
        int colon = text.indexOf(':');
        Require.argument(colon > 0, "store uri '%s' has no scheme; write it as scheme:location,"
                + " e.g. sqlite:data/chats.db or memory:", Redaction.redact(text));
        String rest = text.substring(colon + 1);
        int question = rest.indexOf('?');
        String location = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? "" : rest.substring(question + 1);
        return new StoreUri(text, text.substring(0, colon).toLowerCase(java.util.Locale.ROOT),
                location, parseQuery(text, query));
    }

    private static Map<String, String> parseQuery(String text, String query) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            Require.argument(eq > 0, "store uri '%s': option '%s' has no value; write name=value",
                    Redaction.redact(text), pair);
            String name = decode(text, pair.substring(0, eq));
            Require.argument(result.put(name, decode(text, pair.substring(eq + 1))) == null,
                    "store uri '%s' sets option '%s' twice; keep one", Redaction.redact(text), name);
        }
        return result;
    }

    private static String decode(String text, String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("store uri '" + Redaction.redact(text) + "' has a bad percent-escape"
                    + " in an option; escape '%' as %25");
        }
    }

    /**
     * @return the URI with credentials redacted ({@code redis://user:***@host},
     *     {@code ?password=***}): safe for logs and error messages; {@link #text()} keeps the
     *     original for opening the store
     */
    @Override
    public String toString() {
        return Redaction.redact(text);
    }
}
