package dev.multichat.json;

import dev.multichat.api.SessionId;
import dev.multichat.json.internal.files.SessionPaths;
import dev.multichat.spi.ChangeSignals;
import dev.multichat.spi.ChangeSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Change hints for the feed from other processes' writes: every {@link #POLL_MS} ms, one thread
 * reads the stamps (size and modification time) of the log and metadata files of each
 * <em>followed</em> session, and hints the sessions whose stamps changed. Its cost grows with the
 * sessions followed, not with subscribers nor with the directory's size. A session whose files
 * are gone (deleted) is hinted too; the feed then finds it missing. The two files' paths are
 * worked out once per followed session (a hash of its id and a path normalisation, which were
 * most of a poll's CPU when redone every time).
 */
final class JsonChangeSignals implements ChangeSignals {
    /** How often the stamps are read. */
    static final long POLL_MS = 20;
    private final SessionPaths paths;
    private final ScheduledExecutorService poller;
    private final Map<SessionId, String> stamps = new HashMap<>();
    private final Map<SessionId, Path[]> files = new HashMap<>();

    JsonChangeSignals(Path root) {
        this.paths = new SessionPaths(root);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "multichat-json-stamps");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void start(ChangeSink sink) {
        poller.scheduleWithFixedDelay(() -> poll(sink), POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private void poll(ChangeSink sink) {
        var followed = sink.followed();
        stamps.keySet().retainAll(followed);
        files.keySet().retainAll(followed);
        for (SessionId id : followed) {
            String now = stamp(id);
            String before = stamps.put(id, now);
            if (before != null && !before.equals(now)) {
                sink.changed(id);
            }
        }
    }

    private String stamp(SessionId id) {
        try {
            Path[] pair = files.computeIfAbsent(id, this::filesOf);
            return stampOf(pair[0]) + "/" + stampOf(pair[1]);
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }

    /** @return the session's log and metadata files */
    private Path[] filesOf(SessionId id) {
        Path dir = paths.dir(id);
        return new Path[] {dir.resolve(SessionPaths.LOG), dir.resolve(SessionPaths.META)};
    }

    private static String stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toMillis() + ":" + a.fileKey();
        } catch (NoSuchFileException e) {
            return "gone";
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
