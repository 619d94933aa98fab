package dev.multichat.json;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.json.internal.fs.DirLocks;
import dev.multichat.json.internal.fs.FileOps;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The {@code json:} backend: sessions as a directory of human-readable files. URI
 * {@code json:<directory>} (relative to the working directory or absolute), options
 * {@code fsync=always|batch|never} (default {@code always}: an acknowledged append survives a
 * power cut) and {@code sweep=<duration>|0|off} (default {@code 60s}: how often expired sessions
 * are removed and the listing index is re-read from the files). The directory is created if
 * missing; its parent must exist (the core's location rule refuses a missing parent before
 * {@link #open} runs). Several threads and processes may use one directory at once.
 */
public final class JsonStoreProvider implements StoreProvider {
    private final FileOps ops;

    /** Creates the provider; cheap, opens nothing. */
    public JsonStoreProvider() {
        this(FileOps.real());
    }

    /** @param ops the file operations every store it opens uses (tests inject faults) */
    JsonStoreProvider(FileOps ops) {
        this.ops = ops;
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
    public boolean fileBased() {
        return true;
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
    public StoreParts open(StoreConfig config) {
        JsonOptions options = JsonOptions.parse(config);
        if (Files.exists(options.root()) && !Files.isDirectory(options.root())) {
            throw new InvalidInputException("json store location " + options.root() + " is a file, not a"
                    + " directory: point json: at a directory (it is created if missing)");
        }
        DirLocks locks = null;
        try {
            createRoot(options.root());
            locks = DirLocks.acquire(options.root().toRealPath());
            JsonOptions real = new JsonOptions(options.root().toRealPath(), options.fsync(), options.sweep());
            StoreContext ctx = new StoreContext(real, config.clock(), ops, locks);
            Lifecycle sessions = new Lifecycle(ctx);
            JsonStoreLifecycle lifecycle = new JsonStoreLifecycle(ctx, sessions, real.sweep());
            return new StoreParts(new JsonCatalog(ctx, sessions), new JsonMessageLog(ctx), lifecycle,
                    new JsonChangeSignals(real.root()));
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

    /** Creates the store's own directory, never a missing parent (the core's location rule). */
    private static void createRoot(Path root) throws IOException {
        try {
            Files.createDirectory(root);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(root)) { // else opened before, or created by another process just now
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("json store location " + root + ": the parent directory "
                    + root.getParent() + " does not exist. A json: store creates its own directory but"
                    + " never missing parent directories; create " + root.getParent() + " first, or correct"
                    + " the path", e);
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
