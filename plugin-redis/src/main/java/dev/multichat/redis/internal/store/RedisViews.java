package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.PluginException;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionView;
import dev.multichat.redis.internal.link.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A session and a range of its messages in one round trip: the read script, answering the
 * session hash too (so both come from one state of the server). The script is the read script's
 * text with that one change, so the range logic exists once. Thread-safe.
 */
final class RedisViews {
    private static final String READ_REPLY = "return {'ok', first, vals}";
    private static final Script VIEW = derive(Script.load("read", true));

    private RedisViews() {
    }

    static Optional<SessionView> view(RedisStorage storage, SessionId id, MessageRange range) {
        String kind = range.kind().name().toLowerCase(Locale.ROOT);
        List<Object> reply = storage.run(VIEW, id, Long.toString(storage.now()), kind,
                Long.toString(range.afterSeq()), Integer.toString(range.limit()));
        if ("nf".equals(reply.get(0))) {
            return Optional.empty();
        }
        ChatSession session = storage.session(id, reply);
        long first = (Long) reply.get(2);
        List<?> values = (List<?>) reply.get(3);
        String key = storage.keys().session(id)[1];
        List<ChatMessage> messages = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            messages.add(MessageCodec.decode(first + i, (String) values.get(i), key));
        }
        return Optional.of(new SessionView(session, messages));
    }

    private static Script derive(Script read) {
        if (!read.text().contains(READ_REPLY)) {
            throw new PluginException("the redis plugin's read.lua no longer ends with \"" + READ_REPLY
                    + "\"; update RedisViews, which answers views with that script plus the session hash");
        }
        return Script.of("view", read.text().replace(READ_REPLY, "return {'ok', meta(), first, vals}"));
    }
}
