// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import java.util.List;
import java.util.Map;

/**
 * A federated query's merged outcome: every released record with the peer that sent it, best first, and the peers
 * that answered or failed (with why), and those not asked because no agreement in force covers the purpose with
 * them. Partial results are normal in a crisis.
 */
public record FederatedResult(List<Hit> hits, List<String> answered, Map<String, String> failed,
                              Map<String, String> notAsked) {
    public FederatedResult {
        hits = List.copyOf(hits);
        answered = List.copyOf(answered);
        failed = Map.copyOf(failed);
        notAsked = Map.copyOf(notAsked);
    }

    /** One released record: its peer, the released record JSON object and its decision summary. */
    public record Hit(String peer, double score, Map<String, Object> record, Map<String, Object> decisions) {
    }
}
