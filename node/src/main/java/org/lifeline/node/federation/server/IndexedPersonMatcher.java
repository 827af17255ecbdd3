// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lifeline.node.federation.query.FindPersonQuery;
import org.lifeline.node.search.Candidate;
import org.lifeline.node.search.FeatureMatch;
import org.lifeline.node.search.NameIndex;
import org.lifeline.node.search.Outcome;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonQuery;
import org.lifeline.node.search.Sex;
import org.lifeline.node.store.RecordReader;

/**
 * find-person over the node's name index (transliteration, phonetic and fuzzy names, partial dates; docs/matching.md).
 * A query's names may come as one full name or as given and family names, in any order: the last token of a single
 * full name is taken as the family name, and the scorer tolerates swapped order anyway.
 */
public final class IndexedPersonMatcher implements PersonMatcher {
    private final NameIndex index;
    private final RecordReader store;

    public IndexedPersonMatcher(NameIndex index, RecordReader store) {
        this.index = index;
        this.store = store;
    }

    @Override
    public List<Match> find(FindPersonQuery query, int limit) {
        return index.search(toPersonQuery(query), limit).stream()
                .flatMap(c -> store.get(c.ref()).map(r -> new Match(r, c.score(), matched(c))).stream())
                .toList();
    }

    static PersonQuery toPersonQuery(FindPersonQuery q) {
        String given;
        String family;
        if (q.names().size() >= 2) {
            given = q.names().get(0);
            family = String.join(" ", q.names().subList(1, q.names().size()));
        } else {
            String full = q.names().get(0).strip();
            int cut = full.lastIndexOf(' ');
            given = cut < 0 ? full : full.substring(0, cut);
            family = cut < 0 ? "" : full.substring(cut + 1);
        }
        return new PersonQuery(given, family, q.birthDate().flatMap(PartialDate::parse),
                q.sex().flatMap(Sex::parse).orElse(Sex.UNKNOWN), Set.copyOf(q.nationalities()), q.admin1(), Optional.empty());
    }

    /** The features that agreed, named for the requester ("givenName:phonetic", "birthDate:year"). */
    private static List<String> matched(Candidate c) {
        return c.matched().stream().filter(m -> m.outcome() != Outcome.DISAGREE && m.weight() > 0)
                .map(IndexedPersonMatcher::label).toList();
    }

    private static String label(FeatureMatch m) {
        return m.feature().name().toLowerCase(java.util.Locale.ROOT) + ":" + m.outcome().name().toLowerCase(java.util.Locale.ROOT);
    }
}
