package dev.multichat.compliance.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;

/**
 * An audit listener that only cares about violations: an exception while checking a file fails
 * loudly, naming the file; the lifecycle events are ignored. Subclasses collect violations.
 */
public abstract class ViolationListener implements AuditListener {

    /** Creates the listener. */
    protected ViolationListener() {
        // no state here: subclasses hold what they collect
    }

    @Override
    public void addException(AuditEvent event, Throwable throwable) {
        throw new IllegalStateException("Checkstyle could not check " + event.getFileName()
                + "; fix the syntax error it names and run again", throwable);
    }

    @Override
    public void auditStarted(AuditEvent event) {
        // nothing to prepare
    }

    @Override
    public void auditFinished(AuditEvent event) {
        // subclasses are read by their owner after the audit
    }

    @Override
    public void fileStarted(AuditEvent event) {
        // nothing per file
    }

    @Override
    public void fileFinished(AuditEvent event) {
        // nothing per file
    }
}
