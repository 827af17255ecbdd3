// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.Duration;

/**
 * The answering node's rules for aggregates: the smallest count it releases ({@code minCellSize}, k), the most ε one
 * query may spend, the ε each recipient may spend per budget period, the period's length, and whether marginal totals
 * are released besides the cells (releasing them costs accuracy: each record then counts in several tables, which
 * raises the sensitivity and so the noise).
 */
public record AggregatePolicy(int minCellSize, Epsilon maxPerQuery, Epsilon budgetPerPeriod, Duration period,
                              boolean releaseTotals) {
    public static final int DEFAULT_MIN_CELL_SIZE = 5;

    public AggregatePolicy {
        if (minCellSize < 2) {
            throw new IllegalArgumentException("minCellSize must be at least 2");
        }
        if (maxPerQuery.compareTo(budgetPerPeriod) > 0) {
            throw new IllegalArgumentException("maxPerQuery must not exceed budgetPerPeriod");
        }
        if (period.isNegative() || period.isZero() || period.toSeconds() == 0) {
            throw new IllegalArgumentException("period must be at least one second");
        }
    }

    /** k = 5, at most ε = 1 per query, ε = 4 per recipient per day, totals released. */
    public static AggregatePolicy defaults() {
        return new AggregatePolicy(DEFAULT_MIN_CELL_SIZE, Epsilon.of(1), Epsilon.of(4), Duration.ofDays(1), true);
    }
}
