// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The per-field decisions a peer reported for the records it released, counted for the asking side's exchange log
 * (records the peer left out entirely are not reported, so the asking side cannot count them).
 */
record DecisionCounts(int released, int generalised, int withheld, List<String> withholdingRules) {
    static DecisionCounts of(List<FederatedResult.Hit> hits) {
        int released = 0;
        int generalised = 0;
        int withheld = 0;
        TreeSet<String> rules = new TreeSet<>();
        for (FederatedResult.Hit hit : hits) {
            if (!(hit.decisions().get("fields") instanceof List<?> fields)) {
                continue;
            }
            for (Object f : fields) {
                if (!(f instanceof Map<?, ?> d)) {
                    continue;
                }
                switch (String.valueOf(d.get("action"))) {
                    case "release" -> released++;
                    case "generalise" -> generalised++;
                    case "withhold" -> {
                        withheld++;
                        rules.add(String.valueOf(d.get("rule")));
                    }
                    default -> { }
                }
            }
        }
        return new DecisionCounts(released, generalised, withheld, List.copyOf(rules));
    }
}
