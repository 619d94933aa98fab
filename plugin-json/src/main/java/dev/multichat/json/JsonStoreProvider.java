package dev.multichat.json;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.spi.StoreProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

/**
 * The {@code json:} backend: sessions as a directory of human-readable files. URI
 * {@code json:<directory>} (relative to the working directory or absolute), options
 * {@code fsync=always|batch|never} (default {@code always}: an acknowledged append survives a
 * power cut) and {@code sweep=<interval>|off} (default {@code 60s}: how often expired sessions
 * are removed and the listing index is re-read from the files). The directory is created if
 * missing. Several threads and processes may use one directory at once.
 */
public final class JsonStoreProvider implements StoreProvider {
    /** Creates the provider; cheap, opens nothing. */
    public JsonStoreProvider() {
        // found by ServiceLoader
    }

    @Override
    public String scheme() {
        return "json";
    }

    @Override
    public Set<String> options() {
        return JsonOptions.NAMES;
    }

    @Override
    public String description() {
        return "JSON files: a directory of session.json files and checksummed JSON Lines logs";
    }

    /**
     * @throws dev.multichat.api.InvalidInputException if the directory is missing from the URI
     *     or an option value is not allowed
     * @throws StoreUnavailableException if the directory cannot be created, written or locked
     */
    @Override
    public SessionStore open(StoreConfig config) {
        return open(config, FileOps.real());
    }

    static SessionStore open(StoreConfig config, FileOps ops) {
        JsonOptions options = JsonOptions.parse(config);
        DirLocks locks = null;
        try {
            Files.createDirectories(options.root());
            locks = DirLocks.acquire(options.root().toRealPath());
            JsonOptions real = new JsonOptions(options.root().toRealPath(), options.fsync(), options.sweep());
            return new JsonSessionStore(new StoreContext(real, config.clock(), ops, locks), real.sweep());
        } catch (RuntimeException e) {
            releaseQuietly(locks, e);
            throw e;
        } catch (IOException e) {
            releaseQuietly(locks, e);
            throw new StoreUnavailableException("cannot open the json store in " + options.root() + ": "
                    + e + ". Check that the directory exists or can be created, is writable by this"
                    + " process and is on a local file system, then retry", e);
        }
    }

    private static void releaseQuietly(DirLocks locks, Exception failure) {
        if (locks != null) {
            try {
                locks.release();
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
