package dev.multichat.tck.example;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The example's message log: storage code only; replay and state rules come from the SPI. */
final class ExampleLog implements MessageLog {
    private final ExampleStorage storage;

    ExampleLog(ExampleStorage storage) {
        this.storage = storage;
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return storage.locked(sessions -> {
            Instant now = storage.now();
            ExampleSession stored = storage.live(id, now);
            Set<String> ids = drafts.stream().map(MessageDraft::id).filter(d -> d != null).collect(Collectors.toSet());
            List<ChatMessage> found = stored.messages().stream().filter(m -> ids.contains(m.draft().id())).toList();
            List<String> foundIds = found.stream().map(m -> m.draft().id()).toList();
            if (ReplayDecision.decide(id, drafts.size(), foundIds) == ReplayDecision.REPLAY) {
                return new Appended(stored.session(), found, true);
            }
            SessionRules.checkVersion(id, expect, stored.session().version());
            List<ChatMessage> added = new ArrayList<>();
            for (MessageDraft draft : drafts) {
                added.add(new ChatMessage(stored.session().lastSeq() + added.size() + 1, now, draft));
            }
            stored.messages().addAll(added);
            stored.session(SessionRules.written(stored.session(), now, added.size()));
            return new Appended(stored.session(), added, false);
        });
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return storage.locked(sessions -> {
            List<ChatMessage> all = storage.live(id, storage.now()).messages();
            return switch (range.kind()) {
                case TAIL -> List.copyOf(all.subList(Math.max(0, all.size() - range.limit()), all.size()));
                case AFTER -> all.stream().filter(m -> m.seq() > range.afterSeq()).limit(range.limit()).toList();
                case ALL -> List.copyOf(all);
            };
        });
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return storage.locked(sessions -> {
            Instant now = storage.now();
            ExampleSession stored = storage.live(id, now);
            long through = Math.min(throughSeq, stored.session().lastSeq());
            int before = stored.messages().size();
            stored.messages().removeIf(m -> m.seq() <= through);
            int removed = before - stored.messages().size();
            if (removed > 0) {
                stored.session(SessionRules.written(stored.session(), now, 0));
            }
            return (long) removed;
        });
    }
}
