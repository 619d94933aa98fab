package dev.multichat.postgres.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Builds the HikariCP pool of a store opened by URI, configured to fail within its timeouts, and
 * the change listener's and notifier's own connections to the same server.
 */
public final class Pools {
    private static final long MIN_HIKARI_TIMEOUT_MS = 250;

    private Pools() {
    }

    /**
     * @param settings the store's settings
     * @return a pool that opens connections lazily (the first call that needs one fails within
     *     the connect timeout if the server is down) and never logs credentials
     */
    public static HikariDataSource open(PgSettings settings) {
        PgTarget target = settings.target();
        Timeouts timeouts = settings.timeouts();
        HikariConfig config = new HikariConfig();
        config.setPoolName("multichat-postgres " + target);
        config.setJdbcUrl(target.jdbcUrl());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        target.driver().forEach(config::addDataSourceProperty);
        config.addDataSourceProperty("connectTimeout", Integer.toString(timeouts.connectSeconds()));
        config.addDataSourceProperty("socketTimeout", Integer.toString(timeouts.socketSeconds()));
        config.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
        config.setMaximumPoolSize(settings.pool());
        config.setMinimumIdle(Math.min(2, settings.pool()));
        long connectMs = Math.max(MIN_HIKARI_TIMEOUT_MS, timeouts.connect().toMillis());
        config.setConnectionTimeout(connectMs);
        config.setValidationTimeout(Math.min(connectMs, Math.max(MIN_HIKARI_TIMEOUT_MS, connectMs / 2)));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /**
     * @param settings the store's settings
     * @return opens the change listener's and the change notifier's connections: the pool's
     *     server, login and driver options, outside the pool, with TCP keep-alive and the
     *     application name {@code multichat <role>} unless the URI names one
     */
    public static Connector direct(PgSettings settings) {
        PgTarget target = settings.target();
        Properties props = new Properties();
        props.putAll(target.driver());
        if (target.user() != null) {
            props.setProperty("user", target.user());
        }
        if (target.password() != null) {
            props.setProperty("password", target.password());
        }
        props.setProperty("connectTimeout", Integer.toString(settings.timeouts().connectSeconds()));
        props.setProperty("socketTimeout", Integer.toString(settings.timeouts().socketSeconds()));
        props.putIfAbsent("tcpKeepAlive", "true");
        Driver driver = new Driver();
        String url = target.jdbcUrl();
        return role -> {
            Properties named = new Properties();
            named.putAll(props);
            named.putIfAbsent("ApplicationName", "multichat " + role);
            return driver.connect(url, named);
        };
    }
}
