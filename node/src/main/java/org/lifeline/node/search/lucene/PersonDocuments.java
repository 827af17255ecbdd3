// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search.lucene;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.lifeline.node.search.NameKey;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonFeatures;
import org.lifeline.node.search.Sex;
import org.lifeline.node.store.RecordRef;

/**
 * The document layout and the candidate query. Names are indexed as their {@link NameKey} forms (normalised tokens
 * and joined forms in {@code name}, skeleton and Double Metaphone codes in {@code code}), the same normalisation the
 * scorer and PPRL use, so candidate generation can never disagree with scoring about what a name is. The query asks
 * for any name key by exact term, phonetic code or edit distance, and ranks with constant boosts for date, sex,
 * nationality and place so the records the scorer will like most come first.
 */
final class PersonDocuments {
    static final String REF = "ref";
    static final String FEATURES = "features";
    private static final String NAME = "name";
    private static final String CODE = "code";
    private static final String BIRTH = "birth";
    private static final String SEX = "sex";
    private static final String NATIONALITY = "nat";
    private static final String ADMIN1 = "admin1";

    private PersonDocuments() {
    }

    static Document document(RecordRef ref, PersonFeatures f) {
        Document d = new Document();
        d.add(new StringField(REF, ref.iri(), Field.Store.YES));
        d.add(new StoredField(FEATURES, FeatureCodec.encode(f)));
        Set<NameKey> keys = new LinkedHashSet<>();
        for (List<String> names : List.of(f.givenNames(), f.familyNames(), f.otherNames())) {
            names.forEach(n -> keys.addAll(NameKey.keys(n)));
        }
        Set<String> codes = new LinkedHashSet<>();
        for (NameKey k : keys) {
            d.add(new StringField(NAME, k.latin(), Field.Store.NO));
            codes.addAll(k.codes());
        }
        codes.forEach(c -> d.add(new StringField(CODE, c, Field.Store.NO)));
        f.birthDate().ifPresent(b -> dateTerms(b).forEach(t -> d.add(new StringField(BIRTH, t, Field.Store.NO))));
        if (f.sex() != Sex.UNKNOWN) {
            d.add(new StringField(SEX, f.sex().name(), Field.Store.NO));
        }
        f.nationalities().forEach(n -> d.add(new StringField(NATIONALITY, n, Field.Store.NO)));
        f.admin1().forEach(a -> d.add(new StringField(ADMIN1, a, Field.Store.NO)));
        return d;
    }

    static Term refTerm(RecordRef ref) {
        return new Term(REF, ref.iri());
    }

    /** Candidates must share a name key; the other clauses only order them. */
    static Query candidates(PersonFeatures q) {
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        Set<NameKey> keys = new LinkedHashSet<>();
        q.givenNames().forEach(n -> keys.addAll(NameKey.keys(n)));
        q.familyNames().forEach(n -> keys.addAll(NameKey.keys(n)));
        for (NameKey k : keys) {
            names.add(boost(new TermQuery(new Term(NAME, k.latin())), 3), Occur.SHOULD);
            k.codes().forEach(c -> names.add(boost(new TermQuery(new Term(CODE, c)), 2), Occur.SHOULD));
            if (k.latin().length() >= 4) {
                int edits = k.latin().length() >= 8 ? 2 : 1;
                names.add(boost(new FuzzyQuery(new Term(NAME, k.latin()), edits, 1, 50, true), 1), Occur.SHOULD);
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(names.build(), Occur.MUST);
        q.birthDate().ifPresent(b -> birthClauses(b, all));
        if (q.sex() != Sex.UNKNOWN) {
            all.add(boost(new TermQuery(new Term(SEX, q.sex().name())), 0.5f), Occur.SHOULD);
        }
        q.nationalities().forEach(n -> all.add(boost(new TermQuery(new Term(NATIONALITY, n)), 0.5f), Occur.SHOULD));
        q.admin1().forEach(a -> all.add(boost(new TermQuery(new Term(ADMIN1, a)), 0.5f), Occur.SHOULD));
        return all.build();
    }

    private static void birthClauses(PartialDate b, BooleanQuery.Builder all) {
        String exact = b.toString();
        all.add(boost(new TermQuery(new Term(BIRTH, exact)), 6), Occur.SHOULD);
        b.transposed().ifPresent(t -> all.add(boost(new TermQuery(new Term(BIRTH, t.toString())), 4), Occur.SHOULD));
        if (b.hasDay()) {
            all.add(boost(new TermQuery(new Term(BIRTH, exact.substring(0, 7))), 2), Occur.SHOULD);
        }
        if (b.hasMonth()) {
            all.add(boost(new TermQuery(new Term(BIRTH, exact.substring(0, 4))), 2), Occur.SHOULD);
        }
        for (int y : new int[] {b.year() - 1, b.year() + 1}) {
            all.add(boost(new TermQuery(new Term(BIRTH, "%04d".formatted(y))), 1), Occur.SHOULD);
        }
    }

    /** A full date is indexed at every precision so a query of any precision finds it. */
    private static List<String> dateTerms(PartialDate b) {
        String s = b.toString();
        return b.hasDay() ? List.of(s, s.substring(0, 7), s.substring(0, 4))
                : b.hasMonth() ? List.of(s, s.substring(0, 4)) : List.of(s);
    }

    private static Query boost(Query q, float boost) {
        return new BoostQuery(new ConstantScoreQuery(q), boost);
    }
}
