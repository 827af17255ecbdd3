// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/** A durable spend: the recipient has now spent {@code spentMicros} of {@code budgetMicros} ε-millionths in the period. */
public record BudgetGrant(String recipient, BudgetPeriod period, long spentMicros, long budgetMicros)
        implements BudgetOutcome {
    public BudgetGrant {
        if (spentMicros > budgetMicros) {
            throw new IllegalArgumentException("spentMicros must not exceed budgetMicros");
        }
    }

    public long remainingMicros() {
        return budgetMicros - spentMicros;
    }
}
