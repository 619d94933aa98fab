package dev.multichat.app.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --owner O} (repeatable): the owners whose sessions a command reads. The store API lists
 * sessions per owner only and has no way to enumerate owners, so the owners must be named.
 */
final class OwnersOption {

    @Option(names = "--owner", paramLabel = "OWNER", required = true,
            description = "an owner whose sessions to include; repeat for several (the store API lists per owner)")
    private List<String> owners = new ArrayList<>();

    List<String> owners() {
        return List.copyOf(owners);
    }
}
