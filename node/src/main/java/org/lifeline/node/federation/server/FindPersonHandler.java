// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.time.Instant;
import java.util.Map;
import org.lifeline.node.federation.query.FindPersonQuery;
import org.lifeline.node.federation.query.InvalidQueryException;
import org.lifeline.node.federation.query.QueryKind;
import org.lifeline.node.store.RecordViews;

/** find-person: matches the names (and birth date) against the node's records, then lets the consent engine decide. */
public final class FindPersonHandler implements QueryHandler {
    static final int MAX_CANDIDATES = 20;

    private final PersonMatcher matcher;
    private final Disclosures disclosures;

    public FindPersonHandler(PersonMatcher matcher, Disclosures disclosures) {
        this.matcher = matcher;
        this.disclosures = disclosures;
    }

    @Override
    public QueryKind kind() {
        return QueryKind.FIND_PERSON;
    }

    @Override
    public Answer answer(String queryJson, Disclosures.Terms terms, Instant now) throws InvalidQueryException {
        FindPersonQuery query = FindPersonQuery.parse(queryJson);
        Answer answer = new Answer();
        for (PersonMatcher.Match m : matcher.find(query, MAX_CANDIDATES)) {
            answer.add(disclosures.decide(terms, RecordViews.of(m.record()), now), m.record().ref().type().slug(),
                    Map.of("score", Math.round(m.score() * 1000) / 1000.0, "matched", m.matched()));
        }
        return answer;
    }
}
