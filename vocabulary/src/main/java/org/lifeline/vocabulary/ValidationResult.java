// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import java.util.List;

/** Outcome of validating one record graph: conforming exactly when there are no violations. */
public record ValidationResult(List<Violation> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}
