package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many store calls one append over HTTP costs, counted by the store's own operation timers
 * (as {@code /metrics} shows them): an admin's append is one store call; an owner-scoped
 * token's is one owner check (a find) and the append, never more.
 */
class AppendStoreCallsTest extends LiveApiTest {

    private static final String ADMIN = "admin-token-0123456789";
    private static final String ALICE = "alice-token-0123456789";
    private static final String ONE = "{\"messages\":[{\"author\":\"a\",\"role\":\"user\",\"content\":\"x\"}]}";
    private static final int APPENDS = 5;

    @Override
    Tokens tokens() throws IOException {
        Path file = dir.resolve("tokens");
        Files.writeString(file, ADMIN + " admin\n" + ALICE + " owners=alice\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return Tokens.load(file);
    }

    @BeforeEach
    void create() {
        assertThat(as(ADMIN, "POST", "/v1/sessions", "{\"id\":\"s-1\",\"owner\":\"alice\"}").status()).isEqualTo(201);
    }

    /**
     * @param token who appends
     * @param findsPerAppend the owner checks one append needs: none for an admin, one for an owner
     */
    @ParameterizedTest(name = "{0}: {1} find(s) per append")
    @CsvSource({ADMIN + ", 0", ALICE + ", 1"})
    void anAppendIsOneStoreAppendAndAFindOnlyForAnOwnerScopedToken(String token, int findsPerAppend) {
        long appends = count("append");
        long finds = count("find");
        for (int i = 0; i < APPENDS; i++) {
            assertThat(as(token, "POST", "/v1/sessions/s-1/messages", ONE).status()).isEqualTo(201);
        }
        assertThat(count("append") - appends).isEqualTo(APPENDS);
        assertThat(count("find") - finds).isEqualTo((long) APPENDS * findsPerAppend);
    }

    private Reply as(String token, String method, String path, String body) {
        return api.call(method, path, body, "Authorization", "Bearer " + token);
    }

    /** @return the store's count of one operation so far, summed over outcomes, from /metrics */
    private long count(String operation) {
        String text = as(ADMIN, "GET", "/metrics", null).text();
        Matcher counts = Pattern.compile("(?m)^multichat_store_operations_seconds_count\\{([^}]*)} (\\S+)$")
                .matcher(text);
        long total = 0;
        while (counts.find()) {
            if (counts.group(1).contains("operation=\"" + operation + "\"")) {
                total += (long) Double.parseDouble(counts.group(2));
            }
        }
        return total;
    }
}
