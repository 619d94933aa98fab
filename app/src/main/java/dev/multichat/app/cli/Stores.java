package dev.multichat.app.cli;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import java.time.Clock;
import java.util.regex.Pattern;

/** Opening stores from the command line, and printing their URIs without credentials. */
final class Stores {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern SECRET_OPTION = Pattern.compile("(?i)((?:password|pass|secret|token)=)[^&]*");

    private Stores() {
    }

    static SessionStore open(String uri) {
        return SessionStores.open(uri);
    }

    static SessionStore open(String uri, Clock clock) {
        return SessionStores.open(StoreConfig.of(uri).withClock(clock));
    }

    /**
     * A URI safe to print: user info and secret-looking options masked.
     *
     * @param uri the URI
     * @return the redacted text
     */
    static String redact(String uri) {
        String noUser = USER_INFO.matcher(uri).replaceAll("//***@");
        return SECRET_OPTION.matcher(noUser).replaceAll("$1***");
    }
}
