package dev.multichat.redis.internal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The URI forms, parsed by Lettuce's rules, and credentials kept out of every description. */
class RedisTargetTest {
    private static final Duration TWO = Duration.ofSeconds(2);

    @Test
    @DisplayName("redis://user:password@host:port/db gives one server with credentials, db and timeout")
    void single() {
        RedisTarget target = RedisTarget.parse("redis", "//app:pw@cache:6380/3", TWO);
        RedisURI uri = target.uris().get(0);
        assertThat(target.mode()).isEqualTo(RedisTarget.Mode.STANDALONE);
        assertThat(uri.getHost()).isEqualTo("cache");
        assertThat(uri.getPort()).isEqualTo(6380);
        assertThat(uri.getDatabase()).isEqualTo(3);
        assertThat(credentials(uri).getUsername()).isEqualTo("app");
        assertThat(new String(credentials(uri).getPassword())).isEqualTo("pw");
        assertThat(uri.getTimeout()).isEqualTo(TWO);
        assertThat(target.redacted()).isEqualTo("redis://***@cache:6380/3").doesNotContain("pw");
    }

    @Test
    @DisplayName("rediss:// turns TLS on; a password alone (redis://:pw@) authenticates without a user")
    void tlsAndPasswordOnly() {
        RedisURI tls = RedisTarget.parse("rediss", "//:pw@cache:6379", TWO).uris().get(0);
        assertThat(tls.isSsl()).isTrue();
        assertThat(credentials(tls).getUsername()).isNull();
        assertThat(new String(credentials(tls).getPassword())).isEqualTo("pw");
    }

    @Test
    @DisplayName("redis-sentinel://h1:p1,h2:p2/0#master names the sentinels and the master")
    void sentinel() {
        RedisTarget target = RedisTarget.parse("redis-sentinel", "//s1:26379,s2:26380/0#mymaster", TWO);
        assertThat(target.mode()).isEqualTo(RedisTarget.Mode.SENTINEL);
        assertThat(target.uris().get(0).getSentinels()).hasSize(2);
        assertThat(target.uris().get(0).getSentinelMasterId()).isEqualTo("mymaster");
        assertThatThrownBy(() -> RedisTarget.parse("redis-sentinel", "//s1:26379", TWO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("#<master name>");
    }

    @Test
    @DisplayName("redis-cluster://user:pw@h1:p1,h2:p2 gives one seed URI per host, each with the credentials")
    void cluster() {
        RedisTarget target = RedisTarget.parse("redis-cluster", "//u:pw@n1:7000,n2:7001", TWO);
        assertThat(target.mode()).isEqualTo(RedisTarget.Mode.CLUSTER);
        assertThat(target.uris()).extracting(RedisURI::getPort).containsExactly(7000, 7001);
        assertThat(target.uris()).allSatisfy(uri ->
                assertThat(new String(credentials(uri).getPassword())).isEqualTo("pw"));
        assertThat(target.toString()).isEqualTo("redis-cluster://***@n1:7000,n2:7001");
    }

    @Test
    @DisplayName("a malformed URI is refused with the spellings that work and without its password")
    void malformed() {
        assertThatThrownBy(() -> RedisTarget.parse("redis-cluster", "//u:topsecret@", TWO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("redis-cluster://host:port")
                .hasMessageNotContaining("topsecret");
    }

    private static RedisCredentials credentials(RedisURI uri) {
        return uri.getCredentialsProvider().resolveCredentials().block();
    }
}
