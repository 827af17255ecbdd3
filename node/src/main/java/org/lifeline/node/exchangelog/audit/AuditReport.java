// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.util.List;
import java.util.Optional;

/** Every check an audit ran, in order; the audit passes only if every check passed (and at least one ran). */
public record AuditReport(String directory, List<AuditCheck> checks) {

    public AuditReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(AuditCheck::passed);
    }

    public List<AuditCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    public Optional<AuditCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A plain-text report for people: one line per check, then the verdict. */
    public String toText() {
        var sb = new StringBuilder("Lifeline exchange log audit of ").append(directory).append('\n');
        for (AuditCheck c : checks) {
            sb.append(c.passed() ? "PASS  " : "FAIL  ").append(c.id()).append("  ").append(c.evidence()).append('\n');
        }
        int failed = failures().size();
        sb.append(passed() ? "RESULT: PASS" : "RESULT: FAIL")
                .append(" (").append(checks.size() - failed).append(" of ").append(checks.size())
                .append(" checks passed)\n");
        return sb.toString();
    }
}
