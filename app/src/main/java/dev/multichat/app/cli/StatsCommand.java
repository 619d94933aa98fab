package dev.multichat.app.cli;

import dev.multichat.api.SessionStore;
import dev.multichat.app.transfer.Stats;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code multichat stats}: what a store holds for the named owners. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Sessions, messages, content bytes, oldest/newest activity, sessions expiring soon and the"
            + " owners with the most messages.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    private StoreOption store;

    @Mixin
    private OwnersOption owners;

    @Option(names = "--soon", defaultValue = "PT24H",
            description = "the 'expiring soon' window, ISO-8601 (default: ${DEFAULT-VALUE})")
    private Duration soon;

    @Option(names = "--top", defaultValue = "10", description = "owners to rank (default: ${DEFAULT-VALUE})")
    private int top;

    @Override
    public Integer call() {
        try (SessionStore opened = Stores.open(store.uri())) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            new Stats(opened).print(owners.owners(), soon, top, out);
        }
        return ExitCodes.OK;
    }
}
