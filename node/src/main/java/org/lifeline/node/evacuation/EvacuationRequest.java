// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordRef;

/**
 * A request to evacuate one person or a group (R26, shape {@code EvacuationRequestShape}): how many, their age bands,
 * needs, where they wait, nationalities and languages. No names: matching and holds need none (firewall rule on
 * identity data, R32). {@code consentGiven} says the party agreed to the request being shared with providers; without
 * it, only vital interest at alert level 3-4 allows sharing, which the consent engine decides, not this record.
 */
public record EvacuationRequest(String id, String requestingNode, Optional<Delegation> onBehalfOf, int partySize,
                                Set<AgeBand> ageBands, Set<String> specialNeeds, AreaCode location,
                                Set<String> nationalities, Set<String> languages, boolean consentGiven) {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public EvacuationRequest {
        if (!RecordRef.validRecordId(id) || !RecordRef.validNodeId(requestingNode)) {
            throw new IllegalArgumentException("request id must be 1-128 of A-Z a-z 0-9 . _ : - and requester a node"
                    + " id");
        }
        if (partySize < 1) {
            throw new IllegalArgumentException("party size of request " + id + " must be at least 1 but was "
                    + partySize);
        }
        ageBands = Set.copyOf(ageBands);
        specialNeeds = Set.copyOf(specialNeeds);
        nationalities = Set.copyOf(nationalities);
        languages = Set.copyOf(languages);
        nationalities.forEach(n -> AreaCode.requireCountry(n, "nationality"));
        if (languages.stream().anyMatch(l -> !LANGUAGE.matcher(l).matches())) {
            throw new IllegalArgumentException("languages of request " + id + " must be BCP 47 tags such as uk or ar");
        }
    }
}
