package dev.multichat.postgres;

import dev.multichat.postgres.testing.SharedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on the shared server, to set up and inspect what the store wrote. */
final class RawSql {
    private RawSql() {
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = SharedPostgres.dataSource().getConnection();
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** @return the first column of every row, as text */
    static List<String> column(String sql) throws SQLException {
        try (Connection c = SharedPostgres.dataSource().getConnection();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
