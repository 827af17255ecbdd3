// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sums the answers of several nodes to one query at the IO's node. Noise is independent per node, so variances add.
 * An entry released by one node keeps that node's exact discrete-Laplace interval; a sum of two or more uses the normal
 * approximation value ± 1.96·σ (rounded up), which is close once several noises are added. Entries every answering node
 * suppressed stay suppressed. Answers to a different query (other type, grouping or filters) are not summed but
 * reported as failed.
 */
public final class FederatedSum {
    private static final double Z95 = 1.959963984540054;

    private FederatedSum() {
    }

    /** Combines {@code answers} (node id → answer) for {@code query}; {@code failures} are nodes that gave none. */
    public static CombinedAnswer combine(AggregateQuery query, Map<String, AggregateAnswer> answers,
                                         Map<String, String> failures) {
        Map<String, String> failed = new TreeMap<>(failures);
        Map<CellKey, List<CellResult.Released>> released = new LinkedHashMap<>();
        Map<CellKey, List<String>> suppressedAt = new TreeMap<>();
        List<String> answered = new ArrayList<>();
        for (var entry : new TreeMap<>(answers).entrySet()) {
            if (!sameQuestion(query, entry.getValue().query())) {
                failed.put(entry.getKey(), "answered a different query");
                continue;
            }
            answered.add(entry.getKey());
            for (CellResult cell : entry.getValue().cells()) {
                switch (cell) {
                    case CellResult.Released r -> released.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
                    case CellResult.Suppressed s -> suppressedAt.computeIfAbsent(s.key(), k -> new ArrayList<>())
                            .add(entry.getKey());
                }
            }
        }
        List<CellResult> cells = new ArrayList<>();
        released.forEach((key, parts) -> cells.add(sum(key, parts)));
        new TreeSet<>(suppressedAt.keySet()).stream().filter(k -> !released.containsKey(k))
                .forEach(k -> cells.add(new CellResult.Suppressed(k)));
        suppressedAt.keySet().removeIf(k -> !released.containsKey(k));
        return new CombinedAnswer(query, cells, answered, failed, suppressedAt);
    }

    private static CellResult.Released sum(CellKey key, List<CellResult.Released> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        long value = parts.stream().mapToLong(CellResult.Released::value).sum();
        double variance = parts.stream().mapToDouble(CellResult.Released::variance).sum();
        long h = (long) Math.ceil(Z95 * Math.sqrt(variance));
        return new CellResult.Released(key, value, value - h, value + h, variance);
    }

    private static boolean sameQuestion(AggregateQuery asked, AggregateQuery answered) {
        return asked.recordType().equals(answered.recordType()) && asked.groupBy().equals(answered.groupBy())
                && asked.admin1().equals(answered.admin1()) && asked.from().equals(answered.from())
                && asked.to().equals(answered.to());
    }
}
