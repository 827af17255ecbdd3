// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;

class MatchScorerTest {
    private static final RecordRef REF = new RecordRef("host", RecordType.PERSON, "p1");
    private final MatchScorer scorer = new MatchScorer();

    static PersonFeatures record(String given, String family, String birth, Sex sex, String nationality) {
        return new PersonFeatures(List.of(NameKey.latin(given)), List.of(NameKey.latin(family)), List.of(),
                PartialDate.parse(birth), sex, Set.of(nationality), Set.of("XH-1"), Set.of("XH"));
    }

    static PersonFeatures query(String given, String family, String birth, Sex sex, String nationality) {
        PersonQuery q = PersonQuery.byName(given, family).withSex(sex).withNationalities(Set.of(nationality));
        return PersonFeatures.of(birth.isEmpty() ? q : q.withBirthDate(PartialDate.parse(birth).orElseThrow()));
    }

    private Candidate score(PersonFeatures q, PersonFeatures r) {
        return scorer.score(REF, q, r);
    }

    @Test
    void transliteratedNames_sameBirthDate_match_andExplainEachFeature() {
        Candidate c = score(query("Mohamed", "Aliev", "1980-05-12", Sex.MALE, "XA"),
                record("Мухаммед", "Алиев", "1980-05-12", Sex.MALE, "XA"));
        assertThat(scorer.accepts(c)).isTrue();
        assertThat(c.matched()).extracting(FeatureMatch::feature, FeatureMatch::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Feature.GIVEN_NAME, Outcome.PHONETIC),
                org.assertj.core.groups.Tuple.tuple(Feature.FAMILY_NAME, Outcome.PHONETIC),
                org.assertj.core.groups.Tuple.tuple(Feature.BIRTH_DATE, Outcome.EXACT),
                org.assertj.core.groups.Tuple.tuple(Feature.SEX, Outcome.AGREE),
                org.assertj.core.groups.Tuple.tuple(Feature.NATIONALITY, Outcome.AGREE));
        assertThat(c.score()).isEqualTo(c.matched().stream().mapToDouble(FeatureMatch::weight).sum());
    }

    @Test
    void swappedGivenAndFamily_stillMatch_withTheSwapExplained() {
        Candidate c = score(query("Karimov", "Timur", "1975", Sex.MALE, "XA"),
                record("Тимур", "Каримов", "1975-03-02", Sex.MALE, "XA"));
        assertThat(scorer.accepts(c)).isTrue();
        assertThat(c.matched()).extracting(FeatureMatch::outcome).contains(Outcome.SWAPPED, Outcome.YEAR);
    }

    @Test
    void typoInFamilyName_andTransposedDayMonth_stillMatch() {
        Candidate c = score(query("Maria", "Hernamdez", "1990-11-04", Sex.FEMALE, "XH"),
                record("Maria", "Hernandez", "1990-04-11", Sex.FEMALE, "XH"));
        assertThat(scorer.accepts(c)).isTrue();
        assertThat(c.matched()).extracting(FeatureMatch::outcome).contains(Outcome.FUZZY, Outcome.TRANSPOSED);
    }

    @Test
    void sameName_differentBirthYearAndSex_isBelowThreshold() {
        Candidate c = score(query("Ana", "Garcia", "1962", Sex.FEMALE, "XA"),
                record("Ana", "Garcia", "1994-06-01", Sex.MALE, "XA"));
        assertThat(scorer.accepts(c)).isFalse();
    }

    @Test
    void sameName_differentFullBirthDate_isBelowThreshold() {
        Candidate c = score(query("Youssef", "Haddad", "1971-02-09", Sex.MALE, "XB"),
                record("يوسف", "حداد", "1988-07-23", Sex.MALE, "XB"));
        assertThat(scorer.accepts(c)).isFalse();
    }

    @Test
    void differentNames_sameBirthDate_isBelowThreshold() {
        Candidate c = score(query("Olga", "Petrenko", "1980-05-12", Sex.FEMALE, "XA"),
                record("Zarina", "Nazarov", "1980-05-12", Sex.FEMALE, "XA"));
        assertThat(scorer.accepts(c)).isFalse();
    }

    @Test
    void compoundFamilyName_writtenTogether_matchesTheSplitForm() {
        Candidate c = score(query("Hassan", "Alhassan", "1966-01-30", Sex.MALE, "XA"),
                record("حسن", "الحسن", "1966-01-30", Sex.MALE, "XA"));
        assertThat(scorer.accepts(c)).isTrue();
    }

    @Test
    void missingFieldsOnEitherSide_addNothing() {
        PersonFeatures bare = new PersonFeatures(List.of("ivan"), List.of(), List.of(), Optional.empty(), Sex.UNKNOWN,
                Set.of(), Set.of(), Set.of());
        Candidate c = score(query("Ivan", "Ivanov", "1980", Sex.MALE, "XA"), bare);
        assertThat(c.matched()).extracting(FeatureMatch::feature).containsExactly(Feature.GIVEN_NAME);
        assertThat(c.score()).isEqualTo(MatchWeights.DEFAULT.of(Feature.GIVEN_NAME, Outcome.EXACT));
    }

    @Test
    void variantNames_countForEitherRole() {
        PersonFeatures withVariant = new PersonFeatures(List.of(NameKey.latin("Мухаммед")), List.of(NameKey.latin("Иванов")),
                List.of("mukhammed ivanov"), PartialDate.parse("1980-05-12"), Sex.MALE, Set.of("XA"), Set.of(), Set.of());
        Candidate c = score(query("Mukhammed", "Ivanov", "1980-05-12", Sex.MALE, "XA"), withVariant);
        assertThat(c.matched().subList(0, 2)).extracting(FeatureMatch::outcome).containsOnly(Outcome.EXACT);
    }
}
