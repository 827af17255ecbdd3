// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Answers an aggregate query on the answering node (issue 9): tabulate exact counts, suppress small cells and their
 * complements, charge the recipient's budget durably, then add independent discrete Laplace noise to every released
 * cell and total. Order matters: nothing is released unless the spend was recorded, and suppressed entries never
 * carry a count. Production callers pass a {@link java.security.SecureRandom}.
 */
public final class AggregateEngine {
    private final PrivacyBudgetLedger ledger;

    public AggregateEngine(PrivacyBudgetLedger ledger) {
        this.ledger = ledger;
    }

    public AggregateOutcome answer(AggregateQuery query, Collection<AggregateRow> rows, AggregatePolicy policy,
                                   String recipient, Instant now, RandomGenerator random) {
        if (query.epsilon().compareTo(policy.maxPerQuery()) > 0) {
            return new Refusal(Refusal.EPSILON, "a query may spend at most epsilon " + policy.maxPerQuery()
                    + "; this one asks for " + query.epsilon());
        }
        CountTable table = CountTable.tabulate(query, rows, policy.minCellSize(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        Set<Integer> masks = releasedMasks(query.groupBy().size(), policy.releaseTotals());
        CellSuppression.Suppression suppression = CellSuppression.apply(table, masks, policy.minCellSize());
        BudgetOutcome spend = ledger.spend(recipient, query.epsilon(), policy.budgetPerPeriod(),
                BudgetPeriod.containing(now, policy.period()));
        if (spend instanceof Refusal refusal) {
            return refusal;
        }
        DiscreteLaplace noise = new DiscreteLaplace(query.epsilon(), masks.size());
        long h = noise.halfWidth95();
        List<CellResult> cells = new ArrayList<>();
        for (int mask : masks) {
            for (CellKey key : table.keys(mask)) {
                if (suppression.contains(key)) {
                    cells.add(new CellResult.Suppressed(key));
                } else {
                    long value = table.count(key) + noise.sample(random);
                    cells.add(new CellResult.Released(key, value, value - h, value + h, noise.variance()));
                }
            }
        }
        return new AggregateAnswer(query, masks.size(), policy.minCellSize(), noise.variance(), h,
                (BudgetGrant) spend, now, cells);
    }

    /**
     * Tables released for d dimensions: the cells (mask 0); with totals, also each table summed over one dimension and
     * the grand total. Each record counts once in each, so their number is the L1 sensitivity of the whole release.
     */
    static Set<Integer> releasedMasks(int dimensions, boolean totals) {
        Set<Integer> masks = new TreeSet<>(List.of(0));
        if (totals) {
            if (dimensions > 1) {
                for (int i = 0; i < dimensions; i++) {
                    masks.add(1 << i);
                }
            }
            masks.add((1 << dimensions) - 1);
        }
        return masks;
    }
}
