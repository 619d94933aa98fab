package dev.multichat.json.internal.files;

import dev.multichat.api.SessionId;
import java.nio.file.Path;

/**
 * Where one session lives: its id, its directory and files, and its position among the
 * directory's byte-range locks. Made by {@link SessionPaths#place}, which checks the directory
 * lies inside the store.
 *
 * @param id the session's id
 * @param dir its directory, {@code <root>/sessions/<shard>/<id>}
 * @param metaFile {@code session.json} in it
 * @param logFile {@code messages.jsonl} in it
 * @param lockPosition the byte that stands for the session in the lock files
 */
public record SessionPlace(SessionId id, Path dir, Path metaFile, Path logFile, long lockPosition) {
}
