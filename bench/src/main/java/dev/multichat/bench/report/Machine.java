package dev.multichat.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A one-line description of the machine the report is made on (the one the run was made on). */
final class Machine {
    private Machine() {
    }

    /** @return cores, CPU model, JDK, OS and the load average when the report was made */
    static String describe() {
        return String.format("%d cores (nproc), CPU %s, JDK %s %s, %s %s, load average at report time %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("os.name"),
                System.getProperty("os.version"), loadAverage());
    }

    private static String cpuModel() {
        try {
            return lines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String loadAverage() {
        try {
            return lines(Path.of("/proc/loadavg")).stream().findFirst()
                    .map(l -> String.join(" ", Arrays.asList(l.split(" ")).subList(0, 3))).orElse("unknown");
        } catch (IOException | IndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
