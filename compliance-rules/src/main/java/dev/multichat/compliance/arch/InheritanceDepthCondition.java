package dev.multichat.compliance.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fails a class with more than {@code max} superclasses from the code base above it. The code
 * base is every class under analysis plus the packages named in {@code ownPackages}; JDK and
 * library superclasses never count, wherever they sit in the chain.
 */
final class InheritanceDepthCondition extends ArchCondition<JavaClass> {

    private final int max;
    private final List<String> ownPackages;
    private Set<String> analysed = Set.of();

    InheritanceDepthCondition(int max, List<String> ownPackages) {
        super("have at most " + max + " superclasses from the code base");
        this.max = max;
        this.ownPackages = List.copyOf(ownPackages);
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        analysed = allObjectsToTest.stream().map(JavaClass::getName).collect(Collectors.toSet());
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        List<String> chain = ownSuperclasses(javaClass);
        if (chain.size() > max) {
            String message = "Class " + javaClass.getName() + " " + javaClass.getSourceCodeLocation()
                    + " has " + chain.size() + " levels of inheritance from the code base ("
                    + String.join(" -> ", chain) + "), more than the V2 limit of " + max;
            events.add(SimpleConditionEvent.violated(javaClass, message));
        }
    }

    /** The superclasses of {@code javaClass} that belong to the code base, nearest first. */
    List<String> ownSuperclasses(JavaClass javaClass) {
        List<String> chain = new ArrayList<>();
        Optional<JavaClass> next = javaClass.getRawSuperclass();
        while (next.isPresent()) {
            JavaClass superclass = next.get();
            if (isOwn(superclass.getName())) {
                chain.add(superclass.getSimpleName());
            }
            next = superclass.getRawSuperclass();
        }
        return chain;
    }

    private boolean isOwn(String className) {
        return analysed.contains(className)
                || ownPackages.stream().anyMatch(prefix -> className.startsWith(prefix + "."));
    }
}
