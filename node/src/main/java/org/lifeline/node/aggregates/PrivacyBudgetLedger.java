// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/**
 * Per-recipient privacy budget (issue 9): how much ε each recipient has spent in each period. Contract for every
 * implementation: {@link #spend} either records the spend durably and returns a {@link BudgetGrant}, or records
 * nothing and returns a {@link Refusal}; a grant is never returned before the spend would survive a crash, because the
 * caller releases an answer as soon as it has one. Spends for one recipient and period are serialised, so two
 * concurrent queries cannot both fit into the same remaining budget.
 */
public interface PrivacyBudgetLedger {
    /** Charges {@code epsilon} to {@code recipient} in {@code period}, if the spend fits into {@code budget}. */
    BudgetOutcome spend(String recipient, Epsilon epsilon, Epsilon budget, BudgetPeriod period);

    /** ε-millionths {@code recipient} has spent in {@code period}. */
    long spentMicros(String recipient, BudgetPeriod period);
}
