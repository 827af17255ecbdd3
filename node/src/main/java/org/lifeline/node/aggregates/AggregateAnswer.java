// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.Instant;
import java.util.List;

/**
 * One node's answer: every listed cell and total either released with noise or marked suppressed, the ε spent, the
 * sensitivity Δ the noise was calibrated to (the number of tables a record counts in), the noise's variance and 95%
 * half-width, the k used, and the recipient's budget after this query.
 */
public record AggregateAnswer(AggregateQuery query, int sensitivity, int minCellSize, double noiseVariance,
                              long halfWidth95, BudgetGrant budget, Instant answeredAt, List<CellResult> cells)
        implements AggregateOutcome, ReleasedTable {
    public AggregateAnswer {
        cells = List.copyOf(cells);
    }

    @Override
    public List<Dimension> dimensions() {
        return query.groupBy();
    }
}
