package dev.multichat.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.MessageRange;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwoProcessTest {
    private static final int PER_CHILD = 400;

    @TempDir
    Path dir;

    @Test
    @DisplayName("two JVMs appending to the same sessions at once lose and duplicate nothing, seqs gapless")
    void twoJvms() throws Exception {
        try (SessionStore store = TestStores.open(dir, "")) {
            for (int i = 0; i < 3; i++) {
                store.create(NewSession.of("r" + i, "race"));
            }
            Process a = Children.start("race", dir.toString(), "a", Integer.toString(PER_CHILD));
            Process b = Children.start("race", dir.toString(), "b", Integer.toString(PER_CHILD));
            assertThat(output(a)).isEqualTo("done " + PER_CHILD);
            assertThat(output(b)).isEqualTo("done " + PER_CHILD);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                ids.addAll(verify(store, SessionId.of("r" + i)));
            }
            assertThat(ids).hasSize(2 * PER_CHILD);
        }
    }

    private static String output(Process child) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            return line;
        }
    }

    /** @return the session's message ids, after checking seqs and each child's order */
    private static List<String> verify(SessionStore store, SessionId id) {
        List<ChatMessage> all = store.read(id, MessageRange.all());
        List<String> ids = new ArrayList<>();
        int[] lastOf = {-1, -1};
        for (int i = 0; i < all.size(); i++) {
            ChatMessage m = all.get(i);
            assertThat(m.seq()).isEqualTo(i + 1L);
            String[] parts = m.draft().id().split("-");
            int child = parts[0].equals("a") ? 0 : 1;
            int n = Integer.parseInt(parts[1]);
            assertThat(n).as("each child's appends keep their order").isGreaterThan(lastOf[child]);
            lastOf[child] = n;
            assertThat(m.content()).isEqualTo("from " + parts[0] + " #" + n);
            ids.add(m.draft().id());
        }
        assertThat(store.find(id).orElseThrow().lastSeq()).isEqualTo(all.size());
        assertThat(store.find(id).orElseThrow().version()).isEqualTo(all.size() + 1L);
        return ids;
    }
}
