// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

/** One audit check: a stable id (e.g. {@code checkpoint.3.root}), whether it passed, and the evidence either way. */
public record AuditCheck(String id, boolean passed, String evidence) {

    static AuditCheck pass(String id, String evidence) {
        return new AuditCheck(id, true, evidence);
    }

    static AuditCheck fail(String id, String evidence) {
        return new AuditCheck(id, false, evidence);
    }
}
