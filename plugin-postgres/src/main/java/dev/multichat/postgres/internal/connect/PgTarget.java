package dev.multichat.postgres.internal.connect;

import java.util.Map;

/**
 * Where the store connects: the JDBC URL's host list and database, the credentials kept apart
 * so they never reach a URL, a log line or an error, and the driver properties passed through.
 *
 * @param hosts {@code host[:port]} or a comma-separated list, as in a JDBC URL
 * @param database the database name
 * @param user the role to connect as, or null for the driver's default
 * @param password the password, or null
 * @param driver other PgJDBC connection properties (ssl, sslmode, ApplicationName...)
 */
public record PgTarget(String hosts, String database, String user, String password, Map<String, String> driver) {
    /** Copies the driver properties. */
    public PgTarget {
        driver = Map.copyOf(driver);
    }

    /** @return the JDBC URL, without credentials */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hosts + "/" + database;
    }

    /** @return {@code postgresql://hosts/database}, safe for logs and errors */
    @Override
    public String toString() {
        return "postgresql://" + hosts + "/" + database;
    }
}
