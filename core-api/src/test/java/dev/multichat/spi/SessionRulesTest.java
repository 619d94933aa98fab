package dev.multichat.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionPatch;
import dev.multichat.api.Ttl;
import dev.multichat.api.VersionConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionRulesTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(7);
    private static final Duration TEN = Duration.ofSeconds(10);

    @Test
    @DisplayName("created: version 1, lastSeq 0, both times now, expiry now + TTL (none without a TTL)")
    void created() {
        ChatSession s = SessionRules.created(NewSession.of("s", "o").withTtl(Ttl.absolute(TEN)), T0);
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.lastSeq()).isZero();
        assertThat(s.state().createdAt()).isEqualTo(T0);
        assertThat(s.state().updatedAt()).isEqualTo(T0);
        assertThat(s.state().expiresAt()).isEqualTo(T0.plus(TEN));
        assertThat(SessionRules.created(NewSession.of("s", "o"), T0).state().expiresAt()).isNull();
    }

    @Test
    @DisplayName("a write bumps the version, adds seqs, sets updatedAt, slides a sliding TTL and keeps an absolute one")
    void written() {
        ChatSession sliding = SessionRules.created(NewSession.of("s", "o").withTtl(Ttl.sliding(TEN)), T0);
        ChatSession after = SessionRules.written(sliding, T1, 3);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.lastSeq()).isEqualTo(3);
        assertThat(after.state().createdAt()).isEqualTo(T0);
        assertThat(after.state().updatedAt()).isEqualTo(T1);
        assertThat(after.state().expiresAt()).isEqualTo(T1.plus(TEN));
        ChatSession absolute = SessionRules.created(NewSession.of("s", "o").withTtl(Ttl.absolute(TEN)), T0);
        assertThat(SessionRules.written(absolute, T1, 0).state().expiresAt()).isEqualTo(T0.plus(TEN));
    }

    @Test
    @DisplayName("a patch with a TTL counts it from now; without one the expiry follows the write rule")
    void patched() {
        ChatSession absolute = SessionRules.created(NewSession.of("s", "o").withTtl(Ttl.absolute(TEN)), T0);
        ChatSession retitled = SessionRules.patched(absolute, SessionPatch.title("t"), T1);
        assertThat(retitled.state().expiresAt()).isEqualTo(T0.plus(TEN));
        assertThat(retitled.info().title()).isEqualTo("t");
        assertThat(retitled.version()).isEqualTo(2);
        ChatSession longer = SessionRules.patched(absolute, SessionPatch.ttl(Ttl.absolute(TEN.multipliedBy(3))), T1);
        assertThat(longer.state().expiresAt()).isEqualTo(T1.plus(TEN.multipliedBy(3)));
        assertThat(SessionRules.patched(absolute, SessionPatch.ttl(Ttl.NONE), T1).state().expiresAt()).isNull();
        ChatSession sliding = SessionRules.created(NewSession.of("s", "o").withTtl(Ttl.sliding(TEN)), T0);
        assertThat(SessionRules.patched(sliding, SessionPatch.title("t"), T1).state().expiresAt())
                .isEqualTo(T1.plus(TEN));
    }

    @Test
    @DisplayName("the version check passes any() and the current version, and names both versions otherwise")
    void versionCheck() {
        ChatSession s = SessionRules.created(NewSession.of("s", "o"), T0);
        SessionRules.checkVersion(s.id(), Expect.any(), 4);
        SessionRules.checkVersion(s.id(), Expect.version(4), 4);
        assertThatThrownBy(() -> SessionRules.checkVersion(s.id(), Expect.version(3), 4))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(3);
                    assertThat(e.current()).isEqualTo(4);
                }).hasMessageContaining("version 4").hasMessageContaining("expected 3");
    }
}
