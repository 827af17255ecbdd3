// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lifeline.node.search.Candidate;
import org.lifeline.node.search.FeatureMatch;
import org.lifeline.node.search.MatchScorer;
import org.lifeline.node.search.MatchWeights;
import org.lifeline.node.search.NameKey;
import org.lifeline.node.search.Outcome;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonFeatures;
import org.lifeline.node.search.PersonQuery;
import org.lifeline.node.search.Sex;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;

class LinkageTest {
    private static final byte[] SECRET = "a shared secret of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final String AGREEMENT = "https://xa.example/id/agreement/a1";
    private static final RecordRef REF = new RecordRef("xh", RecordType.PERSON, "p1");
    private final ClkEncoder encoder = new ClkEncoder(AgreementKey.derive(SECRET, AGREEMENT));
    private final PprlScorer scorer = new PprlScorer(MatchWeights.DEFAULT, MatchScorer.DEFAULT_THRESHOLD);

    static PersonFeatures person(String given, String family, String birth, Sex sex) {
        return new PersonFeatures(List.of(NameKey.latin(given)), List.of(NameKey.latin(family)), List.of(),
                PartialDate.parse(birth), sex, Set.of("XA"), Set.of("XH-1"), Set.of("XH"));
    }

    @Nested
    class Keys {
        @Test
        void derive_isDeterministicPerAgreement_andDiffersAcrossAgreementsAndSecrets() {
            Clk a = encoder.names(List.of("mohamed"));
            assertThat(new ClkEncoder(AgreementKey.derive(SECRET, AGREEMENT)).names(List.of("mohamed"))).isEqualTo(a);
            assertThat(new ClkEncoder(AgreementKey.derive(SECRET, AGREEMENT + "x")).names(List.of("mohamed"))).isNotEqualTo(a);
            byte[] other = SECRET.clone();
            other[0] ^= 1;
            assertThat(new ClkEncoder(AgreementKey.derive(other, AGREEMENT)).names(List.of("mohamed"))).isNotEqualTo(a);
        }

        @Test
        void derive_rejectsShortSecrets_andNeverPrintsKeys() {
            assertThatThrownBy(() -> AgreementKey.derive(new byte[31], AGREEMENT)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> AgreementKey.derive(SECRET, " ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(AgreementKey.derive(SECRET, AGREEMENT).toString()).isEqualTo("AgreementKey[" + AGREEMENT + "]");
        }

        @Test
        void encodingsUnderDifferentAgreements_doNotLink() {
            ClkEncoder other = new ClkEncoder(AgreementKey.derive(SECRET, "https://xa.example/id/agreement/a2"));
            PersonFeatures p = person("Mohamed", "Aliev", "1980-05-12", Sex.MALE);
            Candidate c = scorer.score(REF, encoder.encode(p), other.encode(p));
            assertThat(c.score()).isLessThan(scorer.threshold());
        }
    }

    @Nested
    class Filters {
        @Test
        void dice_isOneForEqual_zeroForDisjoint_andSymmetric() {
            Clk a = new Clk(new long[] {0b1111L});
            Clk b = new Clk(new long[] {0b0011L});
            assertThat(a.dice(a)).isEqualTo(1.0);
            assertThat(a.dice(new Clk(new long[] {0b110000L}))).isZero();
            assertThat(a.dice(b)).isEqualTo(b.dice(a)).isEqualTo(2.0 * 2 / 6);
            assertThat(new Clk(new long[] {0}).dice(new Clk(new long[] {0}))).isZero();
        }

        @Test
        void transliterationVariants_shareFarMoreBitsThanDifferentNames() {
            Clk arabic = encoder.names(List.of(NameKey.latin("محمد")));
            Clk cyrillic = encoder.names(List.of(NameKey.latin("Мухаммед")));
            Clk latin = encoder.names(List.of(NameKey.latin("Mohamed")));
            Clk other = encoder.names(List.of(NameKey.latin("Olga")));
            assertThat(arabic.dice(latin)).isGreaterThanOrEqualTo(PprlScorer.PHONETIC_DICE);
            assertThat(cyrillic.dice(latin)).isGreaterThanOrEqualTo(PprlScorer.PHONETIC_DICE);
            assertThat(other.dice(latin)).isLessThan(PprlScorer.FUZZY_DICE);
        }

        @Test
        void encoded_roundTrips_andRejectsTruncatedInput() {
            Clk a = encoder.names(List.of("mohamed"));
            assertThat(Clk.decode(a.encoded())).isEqualTo(a);
            assertThatThrownBy(() -> Clk.decode(a.encoded().substring(0, 8))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void encoding_containsNoPlaintext() {
            PprlRecord r = encoder.encode(person("Mohamed", "Aliev", "1980-05-12", Sex.MALE));
            String all = r.toString() + r.given().encoded() + r.family().encoded();
            assertThat(all.toLowerCase()).doesNotContain("mohamed", "aliev", "1980", "male", "xa", "xh-1");
        }

        @Test
        void matrixScan_findsExactlyTheRowsAboveTheThreshold() {
            List<Clk> rows = new ArrayList<>();
            for (String n : List.of("mohamed", "muhammad", "olga", "mohammed", "ivan")) {
                rows.add(encoder.names(List.of(n)));
            }
            ClkMatrix m = new ClkMatrix(ClkEncoder.FILTER_BITS, 2);
            rows.forEach(m::add);
            Clk q = encoder.names(List.of("mohamed"));
            List<Integer> hits = new ArrayList<>();
            m.scan(q, 0.5, hits::add);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (q.dice(rows.get(i)) >= 0.5) {
                    expected.add(i);
                }
            }
            assertThat(hits).isEqualTo(expected).contains(0, 3).doesNotContain(2, 4);
            assertThatThrownBy(() -> m.add(new Clk(new long[1]))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Scoring {
        @Test
        void crossScriptTrueMatch_isAccepted_andExplainedLikePlaintext() {
            PersonFeatures record = person("Мухаммед", "Алиев", "1980-05-12", Sex.MALE);
            PersonFeatures query = PersonFeatures.of(PersonQuery.byName("Mohamed", "Aliev").withSex(Sex.MALE)
                    .withBirthDate(PartialDate.parse("1980-12-05").orElseThrow()));
            Candidate c = scorer.score(REF, encoder.encode(query), encoder.encode(record));
            assertThat(c.score()).isGreaterThanOrEqualTo(scorer.threshold());
            assertThat(c.matched()).extracting(FeatureMatch::outcome).contains(Outcome.TRANSPOSED, Outcome.AGREE);
        }

        @Test
        void namesake_withDifferentBirthDate_isRejected() {
            PersonFeatures a = person("Olga", "Petrenko", "1980-05-12", Sex.FEMALE);
            PersonFeatures b = person("Olga", "Petrenko", "1963-02-01", Sex.FEMALE);
            assertThat(scorer.score(REF, encoder.encode(a), encoder.encode(b)).score()).isLessThan(scorer.threshold());
        }

        @Test
        void swappedNames_areMatchedCrosswise() {
            PersonFeatures a = person("Timur", "Karimov", "1975-03-02", Sex.MALE);
            PersonFeatures b = person("Karimov", "Timur", "1975-03-02", Sex.MALE);
            Candidate c = scorer.score(REF, encoder.encode(a), encoder.encode(b));
            assertThat(c.matched()).extracting(FeatureMatch::outcome).contains(Outcome.SWAPPED);
            assertThat(c.score()).isGreaterThanOrEqualTo(scorer.threshold());
        }

        @Test
        void dateTokens_reproducePlaintextAgreement() {
            List<String> dates = List.of("1980-05-12", "1980-12-05", "1981-05-12", "1930-05-12", "1980-05", "1980", "1979",
                    "1980-06-12");
            for (String x : dates) {
                for (String y : dates) {
                    PartialDate a = PartialDate.parse(x).orElseThrow();
                    PartialDate b = PartialDate.parse(y).orElseThrow();
                    assertThat(encoder.date(a).agreement(encoder.date(b))).as("%s vs %s", x, y).isEqualTo(a.agreement(b));
                }
            }
        }

        @Test
        void missingNamesOrDates_addNothing() {
            PersonFeatures bare = new PersonFeatures(List.of(), List.of("aliev"), List.of(), Optional.empty(), Sex.UNKNOWN,
                    Set.of(), Set.of(), Set.of());
            Candidate c = scorer.score(REF, encoder.encode(person("Ivan", "Aliev", "1980", Sex.MALE)), encoder.encode(bare));
            assertThat(c.matched()).extracting(FeatureMatch::outcome).containsExactly(Outcome.EXACT);
        }
    }
}
