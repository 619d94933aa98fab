package dev.multichat.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.postgres.internal.connect.PgSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The postgresql:// URI: the JDBC URL's conventions, credentials kept out of the URL and of toString. */
class SettingsTest {
    @Test
    void readsTheJdbcStyleUriAndKeepsCredentialsApart() {
        PgSettings s = PgSettings.from(StoreConfig.of("postgresql://db1:5432,db2:5433/app?user=chat&password=pw"
                + "&schema=tenant_a&connectTimeout=3&statementTimeout=750ms&pool=7&sweep=off&sslmode=require"));
        assertThat(s.target().jdbcUrl()).isEqualTo("jdbc:postgresql://db1:5432,db2:5433/app");
        assertThat(s.target().user()).isEqualTo("chat");
        assertThat(s.target().password()).isEqualTo("pw");
        assertThat(s.target().driver()).containsEntry("sslmode", "require");
        assertThat(s.target().toString()).doesNotContain("pw").doesNotContain("chat");
        assertThat(s.schema()).isEqualTo("tenant_a");
        assertThat(s.timeouts().connect()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.timeouts().statement()).isEqualTo(Duration.ofMillis(750));
        assertThat(s.timeouts().socketSeconds()).isEqualTo(3);
        assertThat(s.pool()).isEqualTo(7);
        assertThat(s.sweep()).isZero();
    }

    @Test
    void takesPercentEncodedUserInfo() {
        PgSettings s = PgSettings.from(StoreConfig.of("postgresql://me%40corp:p%2Fw@localhost/app"));
        assertThat(s.target().user()).isEqualTo("me@corp");
        assertThat(s.target().password()).isEqualTo("p/w");
        assertThat(s.target().hosts()).isEqualTo("localhost");
        assertThat(s.schema()).isEqualTo("multichat");
    }

    @Test
    void refusesWhatItCannotUseWithTheFix() {
        assertThatThrownBy(() -> PgSettings.from(StoreConfig.of("postgresql:app")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("postgresql://host:5432/database");
        assertThatThrownBy(() -> PgSettings.from(StoreConfig.of("postgresql://h/db?schema=Bad-Name")))
                .hasMessageContaining("schema=Bad-Name");
        assertThatThrownBy(() -> PgSettings.from(StoreConfig.of("postgresql://h/db?statementTimeout=soon")))
                .hasMessageContaining("statementTimeout");
        assertThatThrownBy(() -> PgSettings.from(StoreConfig.of("postgresql://h/db?pool=0")))
                .hasMessageContaining("pool=0");
    }
}
