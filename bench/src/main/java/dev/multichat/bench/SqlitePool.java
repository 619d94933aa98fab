package dev.multichat.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Locale;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The peers' connection pool: HikariCP (Spring Boot's default) over a WAL SQLite file. */
final class SqlitePool {

    private SqlitePool() {
    }

    /**
     * @param file the database file
     * @param sync SQLite's synchronous setting ({@code full} or {@code normal})
     * @return a pool of up to four connections
     */
    static HikariDataSource open(Path file, String sync) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.valueOf(sync.toUpperCase(Locale.ROOT)));
        config.setBusyTimeout(5000);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file);
        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(sqlite);
        hikari.setMaximumPoolSize(4);
        return new HikariDataSource(hikari);
    }
}
