package dev.multichat.app.cli;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreLimits;
import dev.multichat.app.transfer.CopyTarget;
import dev.multichat.app.transfer.Importer;
import dev.multichat.app.transfer.SettableClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code multichat import}: reads an export. A file is validated whole first (nothing is written
 * when any line is bad); standard input is validated as it streams, and a session with a bad
 * line is removed again. Rerunning resumes sessions already imported in part.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a JSON Lines export into a store; every line is validated and errors name"
            + " the line number. A FILE is checked whole before anything is written; from - (standard"
            + " input) a session with a bad line is removed again. Rerunning resumes."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the export to read, or - for standard input")
    private String file;

    @Override
    public Integer call() throws IOException {
        boolean stdin = "-".equals(file);
        if (!stdin) {
            try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                new Importer(null).run(in);
            }
        }
        SettableClock clock = new SettableClock();
        try (SessionStore opened = Stores.open(store.uri(), clock);
             BufferedReader in = stdin ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                     : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            long[] counts = new Importer(new CopyTarget(opened, clock, StoreLimits.DEFAULTS.maxBatch())).run(in);
            System.err.printf("imported %d sessions, %d messages written%n", counts[0], counts[1]);
        }
        return ExitCodes.OK;
    }
}
