// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/**
 * Why a query was not answered, as a stable rule id and a reason a recipient can act on. Rule ids:
 * {@value #EPSILON} (more ε asked than one query may spend), {@value #BUDGET} (recipient's budget for the period
 * exhausted), {@value #LEDGER} (the spend could not be made durable, so nothing is released).
 */
public record Refusal(String rule, String reason) implements AggregateOutcome, BudgetOutcome {
    public static final String EPSILON = "AGG-EPSILON";
    public static final String BUDGET = "AGG-BUDGET";
    public static final String LEDGER = "AGG-LEDGER";

    public Refusal {
        if (rule.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("rule and reason must not be blank");
        }
    }
}
