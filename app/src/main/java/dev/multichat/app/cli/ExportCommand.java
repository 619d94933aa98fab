package dev.multichat.app.cli;

import dev.multichat.api.SessionStore;
import dev.multichat.app.transfer.Exporter;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code multichat export}: sessions as JSON Lines to a file or standard output, streaming. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the named owners' sessions and messages as JSON Lines (streaming, constant memory).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private StoreOption store;

    @Mixin
    private OwnersOption owners;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the file to write, or - for standard output")
    private String file;

    @Override
    public Integer call() throws IOException {
        boolean stdout = "-".equals(file);
        try (SessionStore opened = Stores.open(store.uri());
             OutputStream out = new BufferedOutputStream(stdout ? System.out : new FileOutputStream(file), 1 << 16)) {
            long[] counts = new Exporter(opened, out).run(owners.owners());
            System.err.printf("exported %d sessions, %d messages%n", counts[0], counts[1]);
        }
        return ExitCodes.OK;
    }
}
