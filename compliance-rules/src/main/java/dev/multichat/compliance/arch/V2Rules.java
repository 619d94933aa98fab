package dev.multichat.compliance.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.multichat.compliance.V2Limit;
import java.util.List;

/**
 * The V2 rules that only bytecode shows, as ArchUnit rules usable from any project.
 *
 * <p>Packages are relative to the root package, system property {@code v2.rootPackage}
 * (default {@code dev.multichat}); the inheritance limit is {@code v2.maxInheritance} (default
 * 2). Superclasses count toward inheritance when they are among the analysed classes or under
 * one of the comma-separated packages of {@code v2.codeBasePackages} (default: the root
 * package). Rules whose {@code that()} matches nothing pass, so a project without, say, plugin
 * packages can run them all. Thread-safe: immutable constants.
 */
public final class V2Rules {

    /** The root package under which the architecture rules apply. */
    public static final String ROOT = System.getProperty("v2.rootPackage", "dev.multichat");

    /** Inheritance depth: at most {@code v2.maxInheritance} superclasses from the code base. */
    public static final ArchRule INHERITANCE_DEPTH = classes()
            .should(new InheritanceDepthCondition(V2Limit.INHERITANCE.value(), codeBasePackages()))
            .because("V2 allows at most " + V2Limit.INHERITANCE.value() + " levels of inheritance"
                    + " from our own code base (JDK and library superclasses do not count)")
            .allowEmptyShould(true);

    /** core-api (api, spi, internal) depends on no plugin, the TCK, bench or app. */
    public static final ArchRule CORE_API_INDEPENDENT_OF_PLUGINS = noClasses()
            .that().resideInAnyPackage(Packages.core())
            .should().dependOnClassesThat().resideInAnyPackage(Packages.nonCore())
            .because("core-api is the stable base every plugin builds on; it must not know any plugin")
            .allowEmptyShould(true);

    /** Plugins (and the TCK) never depend on one another, nor on bench or app. */
    public static final ArchRule PLUGINS_INDEPENDENT_OF_EACH_OTHER = pluginIsolation();

    /** No dependency cycles between packages (core-api's packages count as one). */
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .assignedFrom(new CoreSlices(ROOT, Packages.corePackageNames()))
            .should().beFreeOfCycles()
            .because("package cycles make modules impossible to split, test or reason about alone")
            .allowEmptyShould(true);

    /**
     * Public top-level types that core-api and plugins publish live only in api, spi, metrics or
     * a package named internal, or are a plugin's StoreProvider (public for ServiceLoader). Test
     * classes (compiled to {@code test-classes}) ship in no jar and are not checked.
     */
    public static final ArchRule PUBLIC_SURFACE = classes()
            .that().resideInAnyPackage(Packages.coreAndPlugins())
            .and().arePublic().and().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .and(Packages.published())
            .should().resideInAnyPackage(ROOT + ".api..", ROOT + ".spi..", ROOT + ".metrics..", "..internal..")
            .orShould().implement(ROOT + ".spi.StoreProvider")
            .because("the public surface is the API and SPI only; everything else stays package-private")
            .allowEmptyShould(true);

    /** Nothing outside core-api uses core-api's implementation ({@code <root>.internal..}). */
    public static final ArchRule CORE_INTERNALS_STAY_INSIDE = noClasses()
            .that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackages(Packages.core())
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".internal..")
            .because("core-api's internals may change without notice; plugins, the TCK and apps use api and spi")
            .allowEmptyShould(true);

    /**
     * The TCK's jqwik machinery is not public API: a public class of the TCK that ships in its
     * jar does not use jqwik, except in {@code tck.model} (the model-based machinery, public only
     * for the contract interface and documented as not API); the contract interfaces (which
     * carry jqwik's annotations) may.
     */
    public static final ArchRule TCK_JQWIK_NOT_PUBLIC = noClasses()
            .that().resideInAPackage(Packages.of("tck")).and().resideOutsideOfPackage(Packages.of("tck.model"))
            .and().arePublic().and().areNotInterfaces()
            .and(Packages.published())
            .should().dependOnClassesThat().resideInAPackage("net.jqwik..")
            .because("plugin authors use the contracts; the generators and the model are the TCK's own")
            .allowEmptyShould(true);

    /** Nothing outside the TCK uses its model-based machinery ({@code <root>.tck.model..}). */
    public static final ArchRule TCK_MODEL_STAYS_INSIDE = noClasses()
            .that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(Packages.of("tck"))
            .should().dependOnClassesThat().resideInAPackage(Packages.of("tck.model"))
            .because("the model-based machinery is not API: plugins run it through ModelBasedContract")
            .allowEmptyShould(true);

    private V2Rules() {
    }

    /** Every rule above, in the order V2ArchitectureTest runs them. */
    public static List<ArchRule> all() {
        return List.of(INHERITANCE_DEPTH, CORE_API_INDEPENDENT_OF_PLUGINS,
                PLUGINS_INDEPENDENT_OF_EACH_OTHER, NO_PACKAGE_CYCLES, PUBLIC_SURFACE,
                CORE_INTERNALS_STAY_INSIDE, TCK_JQWIK_NOT_PUBLIC, TCK_MODEL_STAYS_INSIDE);
    }

    /**
     * The superclasses of {@code javaClass} that count toward its inheritance depth (those under
     * {@code v2.codeBasePackages}), nearest first.
     */
    public static List<String> ownSuperclasses(JavaClass javaClass) {
        return new InheritanceDepthCondition(V2Limit.INHERITANCE.value(), codeBasePackages())
                .ownSuperclasses(javaClass);
    }

    private static List<String> codeBasePackages() {
        return List.of(System.getProperty("v2.codeBasePackages", ROOT).split("\\s*,\\s*"));
    }

    private static ArchRule pluginIsolation() {
        // A plugin's published test support (e.g. <root>.redis.testing in its test jar: the real
        // servers its tests start) may be used by other modules' tests, as they use the TCK.
        String testSupport = ROOT + ".*.testing..";
        CompositeArchRule rule = null;
        for (String plugin : Packages.isolatedPlugins()) {
            ArchRule one = noClasses()
                    .that().resideInAPackage(Packages.of(plugin))
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(Packages.forbiddenFor(plugin))
                            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(testSupport))))
                    .allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule.because("plugins see only core-api (their tests may also use another plugin's"
                + " published test support, <plugin>.testing), so any plugin can be dropped or replaced alone");
    }
}
