package dev.multichat.compliance.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * One slice per package under the root, except that the core-api packages ({@code api},
 * {@code spi}, {@code metrics}, {@code internal}) form a single slice: they ship as one jar and reference each
 * other by design (the API validates through {@code internal}, which implements the API).
 */
final class CoreSlices implements SliceAssignment {

    private final String root;
    private final List<String> corePackages;

    CoreSlices(String root, List<String> corePackages) {
        this.root = root;
        this.corePackages = List.copyOf(corePackages);
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!within(pkg, root)) {
            return SliceIdentifier.ignore();
        }
        boolean core = corePackages.stream().anyMatch(corePackage -> within(pkg, corePackage));
        return SliceIdentifier.of(core ? "core-api" : pkg);
    }

    private static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    @Override
    public String getDescription() {
        return "packages under " + root + " (core-api packages " + corePackages + " as one slice)";
    }
}
