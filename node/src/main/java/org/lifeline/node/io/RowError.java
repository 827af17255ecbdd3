// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

/**
 * One rejected input row: where (file, line, field/column) and why. Reasons name the rule broken, never echo the
 * rejected value back (it may be personal data that then ends up in logs and report files).
 */
public record RowError(String file, long line, String field, String reason) {
    public String describe() {
        return file + ":" + line + (field.isEmpty() ? "" : " [" + field + "]") + ": " + reason;
    }
}
