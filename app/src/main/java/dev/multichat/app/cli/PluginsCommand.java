package dev.multichat.app.cli;

import dev.multichat.api.ProviderInfo;
import dev.multichat.api.SessionStores;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code multichat plugins}: the store schemes found on the classpath, their jar and version. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the store schemes found on the classpath, with the jar and version each came from.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-8s %-10s %-40s %s%n", "SCHEME", "VERSION", "PROVIDER", "FROM");
        for (ProviderInfo info : SessionStores.providers()) {
            out.printf("%-8s %-10s %-40s %s%n", info.scheme(), version(info), info.providerClass(), info.source());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String version(ProviderInfo info) {
        try {
            Package pkg = Class.forName(info.providerClass()).getPackage();
            if (pkg != null && pkg.getImplementationVersion() != null) {
                return pkg.getImplementationVersion();
            }
        } catch (ClassNotFoundException e) {
            return "unknown";
        }
        String scheme = info.scheme();
        String plugin = Version.of("multichat-plugin-" + scheme);
        return "unknown".equals(plugin) ? Version.of("multichat-core-api") : plugin;
    }
}
