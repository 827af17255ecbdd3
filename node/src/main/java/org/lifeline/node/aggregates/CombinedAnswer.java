// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.List;
import java.util.Map;

/**
 * The IO-side sum of several nodes' answers: per entry the sum of the released noisy counts, the summed noise variance
 * and a 95% interval; which nodes answered and which failed (and why); and, per entry, the nodes that suppressed it,
 * whose records are therefore missing from that sum (it is a lower estimate there).
 */
public record CombinedAnswer(AggregateQuery query, List<CellResult> cells, List<String> answered,
                             Map<String, String> failed, Map<CellKey, List<String>> suppressedAt)
        implements ReleasedTable {
    public CombinedAnswer {
        cells = List.copyOf(cells);
        answered = List.copyOf(answered);
        failed = Map.copyOf(failed);
        suppressedAt = Map.copyOf(suppressedAt);
    }

    @Override
    public List<Dimension> dimensions() {
        return query.groupBy();
    }
}
