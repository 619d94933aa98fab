package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real full disk: a child JVM under {@code ulimit -f} (its writes past the limit fail with EFBIG). */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("when the disk refuses a write the append fails unacknowledged, the session refuses writes, and a"
            + " reopen keeps every acked message")
    void fileSizeLimit() throws Exception {
        Process child = Children.startLimited(64, "fill", dir.toString());
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long acked = lines.stream().filter(l -> l.startsWith("acked ")).count();
        assertThat(acked).as("appends fitted under the limit").isBetween(5L, 40L);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("error StoreUnavailableException")
                .contains("File too large").contains("retry"));
        assertThat(lines.get(lines.size() - 1)).startsWith("again StoreUnavailableException").contains("reopen");
        try (SessionStore store = TestStores.open(dir, "")) {
            List<ChatMessage> all = store.read(SessionId.of("full"), MessageRange.all());
            assertThat(all.size()).isBetween((int) acked, (int) acked + 1);
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i).seq()).isEqualTo(i + 1L);
                assertThat(all.get(i).content()).startsWith(ChildMain.payload(i + 1L));
            }
            assertThat(store.append(SessionId.of("full"), TestStores.drafts("room", 1)).session().lastSeq())
                    .isEqualTo(all.size() + 1L);
        }
    }
}
