// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.RecordView;
import org.lifeline.node.federation.query.FindPersonQuery;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordViews;
import org.lifeline.node.store.StoredRecord;

/**
 * The basic matcher issue 5 allows: exact names after normalisation (case, diacritics, order), confirmed by the year
 * of birth when both sides have one. It scans the store, so it suits small nodes and tests; the Lucene name index
 * (transliteration, phonetics, fuzziness) replaces it where present.
 */
public final class NormalisedNameMatcher implements PersonMatcher {
    private static final List<String> NAME_FIELDS = List.of("givenName", "familyName", "nameVariant");

    private final RecordReader store;

    public NormalisedNameMatcher(RecordReader store) {
        this.store = store;
    }

    @Override
    public List<Match> find(FindPersonQuery query, int limit) {
        Set<String> wanted = new HashSet<>();
        query.names().forEach(n -> wanted.addAll(tokens(n)));
        List<Match> matches = new ArrayList<>();
        store.forEach(record -> score(record, wanted, query).ifPresent(matches::add));
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    private static java.util.Optional<Match> score(StoredRecord record, Set<String> wanted, FindPersonQuery query) {
        RecordView view = RecordViews.of(record);
        Set<String> have = new HashSet<>();
        NAME_FIELDS.forEach(f -> view.values(f).forEach(v -> have.addAll(tokens(v.display()))));
        if (have.isEmpty() || !have.containsAll(wanted)) {
            return java.util.Optional.empty();
        }
        List<String> matched = new ArrayList<>(List.of("names"));
        double score = 0.8;
        if (query.birthDate().isPresent()) {
            String year = query.birthDate().get().substring(0, 4);
            var birth = view.values("birthDate").stream().map(FieldValue::display).findFirst();
            if (birth.isPresent() && !birth.get().startsWith(year)) {
                return java.util.Optional.empty();
            }
            if (birth.isPresent()) {
                matched.add("birthYear");
                score += 0.2;
            }
        }
        return java.util.Optional.of(new Match(record, score, matched));
    }

    static Set<String> tokens(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (String t : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
