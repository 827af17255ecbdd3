// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/** A ledger that forgets on restart: for tests and benchmarks only, never for a node that answers IOs. */
public final class InMemoryPrivacyBudgetLedger implements PrivacyBudgetLedger {
    private final BudgetAccounts accounts = new BudgetAccounts();

    @Override
    public synchronized BudgetOutcome spend(String recipient, Epsilon epsilon, Epsilon budget, BudgetPeriod period) {
        BudgetOutcome outcome = accounts.check(recipient, epsilon, budget, period);
        if (outcome instanceof BudgetGrant) {
            accounts.record(recipient, period, epsilon.micros());
        }
        return outcome;
    }

    @Override
    public synchronized long spentMicros(String recipient, BudgetPeriod period) {
        return accounts.spentMicros(recipient, period);
    }
}
