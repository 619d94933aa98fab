package dev.multichat.postgres.internal.connect;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parsed, checked settings of one PostgreSQL store, read from a
 * {@code postgresql://host[:port][,host2[:port]]/database?name=value...} URI: the JDBC URL
 * without its {@code jdbc:} prefix, with the JDBC driver's option names.
 *
 * @param target hosts, database, credentials and driver properties
 * @param schema the (unquoted) schema that holds the store's tables
 * @param timeouts connect and statement timeouts
 * @param pool the most connections the store opens
 * @param sweep how often expired sessions are deleted; zero for never
 */
public record PgSettings(PgTarget target, String schema, Timeouts timeouts, int pool, Duration sweep) {
    /** The driver properties passed through unchanged. */
    static final Set<String> DRIVER = Set.of("ssl", "sslmode", "sslrootcert", "sslcert", "sslkey",
            "sslpassword", "ApplicationName", "targetServerType", "tcpKeepAlive", "loginTimeout");
    /** Every option name a URI may carry. */
    public static final Set<String> OPTIONS = union(DRIVER, Set.of("user", "password", "schema",
            "connectTimeout", "statementTimeout", "pool", "sweep"));

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int MAX_POOL = 200;

    /**
     * @param config the store's configuration
     * @return the settings
     * @throws InvalidInputException naming the option or URI part, and what is allowed
     */
    public static PgSettings from(StoreConfig config) {
        String location = config.uri().location();
        if (!location.startsWith("//") || location.indexOf('/', 2) < 0) {
            throw new InvalidInputException("a postgresql store uri needs a host and a database;"
                    + " write postgresql://host:5432/database?user=name (the JDBC URL without jdbc:)");
        }
        int slash = location.indexOf('/', 2);
        String authority = location.substring(2, slash);
        String database = location.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        String hosts = authority.substring(at + 1);
        if (hosts.isEmpty() || database.isEmpty()) {
            throw new InvalidInputException("a postgresql store uri needs a host and a database;"
                    + " write postgresql://host:5432/database?user=name");
        }
        Map<String, String> opts = new HashMap<>(config.options());
        if (at >= 0) {
            userInfo(authority.substring(0, at), opts);
        }
        Map<String, String> driver = new HashMap<>();
        DRIVER.forEach(name -> config.option(name).ifPresent(value -> driver.put(name, value)));
        PgTarget target = new PgTarget(hosts, decode(database), opts.get("user"), opts.get("password"), driver);
        Timeouts timeouts = new Timeouts(Durations.parse("connectTimeout", opts.getOrDefault("connectTimeout", "5s")),
                Durations.parse("statementTimeout", opts.getOrDefault("statementTimeout", "5s")));
        return new PgSettings(target, schema(opts.getOrDefault("schema", "multichat")), timeouts,
                pool(opts.getOrDefault("pool", "10")), Durations.parse("sweep", opts.getOrDefault("sweep", "1m")));
    }

    /**
     * @param name a schema name
     * @return the name
     * @throws InvalidInputException unless it is a lower-case SQL identifier
     */
    public static String schema(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new InvalidInputException("postgresql option schema=" + name + " is invalid; use 1 to"
                    + " 63 lower-case letters, digits and _, not starting with a digit");
        }
        return name;
    }

    /** @return the schema name, quoted for SQL */
    public String quotedSchema() {
        return '"' + schema + '"';
    }

    private static void userInfo(String info, Map<String, String> opts) {
        int colon = info.indexOf(':');
        opts.putIfAbsent("user", decode(colon < 0 ? info : info.substring(0, colon)));
        if (colon >= 0) {
            opts.putIfAbsent("password", decode(info.substring(colon + 1)));
        }
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("a postgresql store uri has a bad percent-escape in its"
                    + " user, password or database; escape '%' as %25");
        }
    }

    private static int pool(String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_POOL) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidInputException("postgresql option pool=" + value + " is invalid; use a whole"
                + " number from 1 to " + MAX_POOL);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
