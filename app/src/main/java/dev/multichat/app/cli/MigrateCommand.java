package dev.multichat.app.cli;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreLimits;
import dev.multichat.app.transfer.CopyTarget;
import dev.multichat.app.transfer.MigrateSummary;
import dev.multichat.app.transfer.Migrator;
import dev.multichat.app.transfer.Progress;
import dev.multichat.app.transfer.SettableClock;
import dev.multichat.app.transfer.Verifier;
import dev.multichat.spi.DurationOption;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code multichat migrate FROM TO}: copies sessions between stores with a progress bar,
 * resumable (rerun after an interruption: nothing is duplicated), verified at the end.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy every session of the named owners from one store to another, with their"
            + " messages, times, metadata and TTLs; resumable (just rerun it) and verified at the end"
            + " (per-session counts and content checksums).",
            "Nothing else may write to the target's copied sessions while it runs."})
final class MigrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FROM", description = "the source store URI")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "the target store URI")
    private String to;

    @Mixin
    private OwnersOption owners;

    @Option(names = "--progress-every", paramLabel = "DURATION",
            description = "least time between two progress lines, e.g. 500ms, 10s, 0 for every step"
                + " (default: 200ms on a terminal, 2s otherwise)")
    private String progressEvery;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SettableClock clock = new SettableClock();
        try (SessionStore source = Stores.open(from); SessionStore target = Stores.open(to, clock)) {
            Duration every = progressEvery == null ? null : DurationOption.parse("--progress-every", progressEvery);
            Progress progress = new Progress(System.err, System.console() != null, every);
            Migrator migrator = new Migrator(source, new CopyTarget(target, clock, StoreLimits.DEFAULTS.maxBatch()),
                    new Verifier(source, target), progress);
            MigrateSummary summary = migrator.run(owners.owners());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("migrated %s -> %s: %d sessions (%d already complete), %d messages copied in %.1f s%n",
                    Stores.redact(from), Stores.redact(to), summary.sessions(), summary.alreadyComplete(),
                    summary.messagesCopied(), summary.millis() / 1000.0);
            if (!summary.mismatches().isEmpty()) {
                throw new VerificationFailed("verification failed for " + summary.mismatches().size()
                        + " sessions:\n  " + String.join("\n  ", summary.mismatches()));
            }
            out.printf("verified: every session's message count and content checksum match%n");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
