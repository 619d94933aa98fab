package dev.multichat.app;

import dev.multichat.app.cli.MultichatCommand;

/** The entry point of {@code multichat.jar}. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code multichat} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(MultichatCommand.run(args));
    }
}
