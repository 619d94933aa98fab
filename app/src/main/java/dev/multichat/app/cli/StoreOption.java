package dev.multichat.app.cli;

import picocli.CommandLine.Option;

/** {@code --store URI}: the store a command works on, the SQLite default when absent. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "URI", defaultValue = "sqlite:./multichat.db",
            description = "the store (default: ${DEFAULT-VALUE})")
    private String uri;

    String uri() {
        return uri;
    }
}
