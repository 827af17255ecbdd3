// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pure accounting behind every {@link PrivacyBudgetLedger}: spent ε per (recipient, period) in integer
 * millionths, and the decision whether a new spend fits. Not thread-safe; ledgers serialise access.
 */
public final class BudgetAccounts {
    /** Recipients are node or organisation ids, never people: no spaces or separators, so ledgers can store them raw. */
    private static final Pattern RECIPIENT = Pattern.compile("[A-Za-z0-9._:/-]{1,256}");

    private record Account(String recipient, BudgetPeriod period) {
    }

    private final Map<Account, Long> spent = new HashMap<>();

    public static boolean validRecipient(String recipient) {
        return RECIPIENT.matcher(recipient).matches();
    }

    public long spentMicros(String recipient, BudgetPeriod period) {
        return spent.getOrDefault(new Account(recipient, period), 0L);
    }

    /** The grant this spend would give, or the refusal, without recording anything. */
    public BudgetOutcome check(String recipient, Epsilon epsilon, Epsilon budget, BudgetPeriod period) {
        if (!validRecipient(recipient)) {
            throw new IllegalArgumentException("recipient must be 1-256 of A-Z a-z 0-9 . _ : / -");
        }
        long before = spentMicros(recipient, period);
        long after = before + epsilon.micros();
        if (after > budget.micros()) {
            return new Refusal(Refusal.BUDGET, "budget exhausted: spent " + Epsilon.format(before) + " of "
                    + budget + " for period " + period.label() + "; this query asks for " + epsilon);
        }
        return new BudgetGrant(recipient, period, after, budget.micros());
    }

    /** Adds a spend that has been checked (or, on reload, one that was durably recorded before). */
    public void record(String recipient, BudgetPeriod period, long micros) {
        spent.merge(new Account(recipient, period), micros, Math::addExact);
    }
}
