package dev.multichat.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain sqlite-jdbc access to a database file, for tests that look past the store. */
final class RawSql {
    private RawSql() {
    }

    /** Runs statements in order on a fresh connection (autocommit). */
    static void exec(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** @return the first column of every row of {@code sql}, as text */
    static List<String> column(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** @return the first column of the first row of {@code sql}, as text */
    static String scalar(Path file, String sql) throws SQLException {
        return column(file, sql).get(0);
    }
}
