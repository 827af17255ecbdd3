// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.RecordView;
import org.lifeline.node.federation.query.FindRegistrationsQuery;
import org.lifeline.node.federation.query.InvalidQueryException;
import org.lifeline.node.federation.query.QueryKind;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordViews;

/**
 * find-registrations: a country of origin asks for the peer's records of its nationals (optionally in one admin-1
 * region). Every record passes the consent engine; refugees from the asking state never appear (firewall rule 3).
 */
public final class FindRegistrationsHandler implements QueryHandler {
    static final int MAX_RECORDS = 500;

    private final RecordReader store;
    private final Disclosures disclosures;

    public FindRegistrationsHandler(RecordReader store, Disclosures disclosures) {
        this.store = store;
        this.disclosures = disclosures;
    }

    @Override
    public QueryKind kind() {
        return QueryKind.FIND_REGISTRATIONS;
    }

    @Override
    public Answer answer(String queryJson, Disclosures.Terms terms, Instant now) throws InvalidQueryException {
        FindRegistrationsQuery query = FindRegistrationsQuery.parse(queryJson);
        List<RecordView> found = new ArrayList<>();
        List<String> types = new ArrayList<>();
        store.forEach(record -> {
            RecordView view = RecordViews.of(record);
            if (found.size() < MAX_RECORDS && matches(view, query)) {
                found.add(view);
                types.add(record.ref().type().slug());
            }
        });
        Answer answer = new Answer();
        for (int i = 0; i < found.size(); i++) {
            answer.add(disclosures.decide(terms, found.get(i), now), types.get(i), Map.of());
        }
        return answer;
    }

    private static boolean matches(RecordView view, FindRegistrationsQuery query) {
        boolean national = view.values("nationality").stream().anyMatch(v -> v.display().equals(query.nationality()));
        if (!national || query.admin1().isEmpty()) {
            return national;
        }
        return view.values("placeOfStay").stream().anyMatch(v -> v instanceof FieldValue.Place p
                && p.admin1().filter(query.admin1().get()::equals).isPresent());
    }
}
