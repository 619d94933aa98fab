package dev.multichat.compliance.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.stream.Stream;

/** The package groups of the architecture, relative to {@link V2Rules#ROOT}. */
final class Packages {

    private static final List<String> CORE = List.of("api", "spi", "metrics", "internal");
    private static final List<String> PLUGINS = List.of("json", "sqlite", "redis", "postgres", "hybrid");
    private static final List<String> TOOLS = List.of("tck", "bench", "app");

    private Packages() {
    }

    static String of(String name) {
        return V2Rules.ROOT + "." + name + "..";
    }

    /** The core-api packages as plain names, e.g. {@code dev.multichat.api}. */
    static List<String> corePackageNames() {
        return CORE.stream().map(name -> V2Rules.ROOT + "." + name).toList();
    }

    static String[] core() {
        return CORE.stream().map(Packages::of).toArray(String[]::new);
    }

    static String[] nonCore() {
        return Stream.concat(PLUGINS.stream(), TOOLS.stream()).map(Packages::of).toArray(String[]::new);
    }

    static String[] coreAndPlugins() {
        return Stream.concat(CORE.stream(), PLUGINS.stream()).map(Packages::of).toArray(String[]::new);
    }

    /**
     * Classes that ship in a module's jar: not compiled into a Maven {@code test-classes}
     * directory (a test's helper or example main is public to tools, not to users).
     */
    static DescribedPredicate<JavaClass> published() {
        return DescribedPredicate.describe("are published (not in test-classes)", javaClass -> javaClass
                .getSource().map(source -> !source.getUri().toString().contains("/test-classes/")).orElse(true));
    }

    /** Plugins plus the TCK: each must stay independent of the others. */
    static List<String> isolatedPlugins() {
        return Stream.concat(PLUGINS.stream(), Stream.of("tck")).toList();
    }

    /**
     * What {@code plugin} must not use: every other plugin, bench and app; the TCK only from
     * the TCK's side (plugins' tests run the TCK, the TCK never knows a plugin).
     */
    static String[] forbiddenFor(String plugin) {
        return Stream.concat(PLUGINS.stream(), Stream.of("tck", "bench", "app"))
                .filter(other -> !other.equals(plugin))
                .filter(other -> !("tck".equals(other) && PLUGINS.contains(plugin)))
                .map(Packages::of)
                .toArray(String[]::new);
    }
}
