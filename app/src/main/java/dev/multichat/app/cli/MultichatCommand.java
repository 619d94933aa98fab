package dev.multichat.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code multichat}: the top command. Run {@link #run(String...)}; it never throws and returns the
 * exit code (see {@link ExitCodes}).
 */
@Command(name = "multichat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Chat sessions kept safe, over any store: serve the REST API, move and inspect data.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ExportCommand.class, ImportCommand.class,
            PluginsCommand.class, StatsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:bad usage, store URI or option", "3:a store is unavailable",
            "4:data refused (a bad import line, a migrate that did not verify)"},
        footer = {"", "Store URIs: sqlite:<file>, json:<dir>, memory:, and any plugin on the classpath"
            + " (multichat plugins lists them)."})
public final class MultichatCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new MultichatCommand());
        line.setExitCodeExceptionMapper(new ExitCodes());
        line.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("multichat " + cmd.getCommandName() + ": " + describe(error));
            err.flush();
            return new ExitCodes().getExitCode(error);
        });
        return line.execute(args);
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
