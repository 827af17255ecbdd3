// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.time.Instant;
import java.util.Map;
import org.lifeline.node.federation.query.InvalidQueryException;
import org.lifeline.node.federation.query.QueryKind;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.RecordViews;
import org.lifeline.node.store.StoredRecord;

/**
 * find-evacuation-offers: the node's published offers, signed and policy-checked like every other answer. Matching a
 * request to offers (eligibility, place, window) and capacity holds come with the evacuation board (issue 8).
 */
public final class FindEvacuationOffersHandler implements QueryHandler {
    static final int MAX_OFFERS = 200;

    private final RecordReader store;
    private final Disclosures disclosures;

    public FindEvacuationOffersHandler(RecordReader store, Disclosures disclosures) {
        this.store = store;
        this.disclosures = disclosures;
    }

    @Override
    public QueryKind kind() {
        return QueryKind.FIND_EVACUATION_OFFERS;
    }

    @Override
    public Answer answer(String queryJson, Disclosures.Terms terms, Instant now) throws InvalidQueryException {
        Answer answer = new Answer();
        for (StoredRecord offer : store.list(RecordType.EVACUATION_OFFER, 0, MAX_OFFERS)) {
            answer.add(disclosures.decide(terms, RecordViews.of(offer), now), RecordType.EVACUATION_OFFER.slug(), Map.of());
        }
        return answer;
    }
}
