package dev.multichat.compliance.report;

import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import dev.multichat.compliance.V2Limit;
import dev.multichat.compliance.checkstyle.ViolationListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the messages of the V2 Checkstyle configuration, run with every limit at 0 so that each
 * file and function reports its value, back into measures.
 */
final class MeasureListener extends ViolationListener {

    private static final Map<V2Limit, Pattern> PATTERNS = Map.of(
            V2Limit.FILE_LINES, Pattern.compile("File has (\\d+) lines"),
            V2Limit.FUNCTIONS_PER_FILE, Pattern.compile("File has (\\d+) functions"),
            V2Limit.TYPES_PER_FILE, Pattern.compile("File has (\\d+) types"),
            V2Limit.COMPLEXITY, Pattern.compile("cyclomatic complexity (\\d+)"),
            V2Limit.PARAMETERS, Pattern.compile("(?:Function has (\\d+) parameters|Record has (\\d+) components)"));

    private final Path base;
    private final List<Measure> measures = new ArrayList<>();

    MeasureListener(Path base) {
        this.base = base;
    }

    List<Measure> measures() {
        return measures;
    }

    @Override
    public void addError(AuditEvent event) {
        String where = base.relativize(Path.of(event.getFileName()).toAbsolutePath()) + ":" + event.getLine();
        PATTERNS.forEach((limit, pattern) -> {
            Matcher matcher = pattern.matcher(event.getMessage());
            if (matcher.find()) {
                String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(matcher.groupCount());
                measures.add(new Measure(limit, where, Integer.parseInt(number)));
            }
        });
    }
}
