package dev.multichat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/**
 * The floor benchmark runs the store's own SQL: its copies equal the private constants of
 * plugin-sqlite's writer classes, so a change there shows here instead of silently measuring
 * old statements.
 */
class SqliteFloorSqlTest {
    private static String storeSql(String className, String field) throws ReflectiveOperationException {
        Field constant = Class.forName("dev.multichat.sqlite." + className).getDeclaredField(field);
        constant.setAccessible(true);
        return (String) constant.get(null);
    }

    @Test
    void floorStatementsAreTheStores() throws ReflectiveOperationException {
        assertThat(SqliteFloor.FIND).isEqualTo(storeSql("SessionWrites", "FIND"));
        assertThat(SqliteFloor.INSERT).isEqualTo(storeSql("MessageWrites", "INSERT"));
        assertThat(SqliteFloor.TOUCH).isEqualTo(storeSql("MessageWrites", "TOUCH"));
    }
}
