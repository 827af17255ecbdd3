// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource({"Мухаммед,mukhammed", "Шевченко,shevchenko", "Наталья,natalya", "محمد,mhmd", "فاطمة,fatmh",
            "الحسن,al hsn", "عمر,amr", "José Müller-Lüdenscheidt,jose muller ludenscheidt"})
    void latin_transliteratesFoldsAndTokenises(String raw, String latin) {
        assertThat(NameKey.latin(raw)).isEqualTo(latin);
    }

    @Test
    void mohammedSpellings_acrossScripts_shareAPhoneticCode() {
        List<NameKey> keys = List.of("Мухаммед", "Mukhammed", "Muhammad", "Mohamed", "Mohammed", "محمد").stream()
                .map(n -> NameKey.of(NameKey.latin(n))).toList();
        for (NameKey a : keys) {
            for (NameKey b : keys) {
                assertThat(a.compare(b)).as("%s vs %s", a.latin(), b.latin()).isIn(Outcome.EXACT, Outcome.PHONETIC);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"فاطمة,Fatima", "خديجة,Khadija", "يوسف,Youssef", "أحمد,Ahmed", "عمر,Omar", "مريم,Maryam", "ليلى,Layla",
            "عبدالله,Abdallah", "منصور,Mansour", "Юсупов,Yusupov", "Сидоренко,Sydorenko", "Дмитрий,Dmitrii"})
    void arabicAndCyrillic_matchTheirUsualLatinSpelling(String script, String latinSpelling) {
        NameKey a = NameKey.of(NameKey.latin(script));
        NameKey b = NameKey.of(NameKey.latin(latinSpelling));
        assertThat(a.compare(b)).isIn(Outcome.EXACT, Outcome.PHONETIC);
    }

    @ParameterizedTest
    @CsvSource({"Ivanov,Ivanvo", "Garcia,Garica", "Hernandez,Hernandes", "Rodriguez,Rodrigeuz"})
    void typos_areAtLeastFuzzy(String a, String b) {
        assertThat(NameKey.of(NameKey.latin(a)).compare(NameKey.of(NameKey.latin(b)))).isNotEqualTo(Outcome.DISAGREE);
    }

    @ParameterizedTest
    @CsvSource({"Ivan,Omar", "Maria,Nour", "Garcia,Okafor", "Petrenko,Karimov", "Ana,Ivan"})
    void differentNames_disagree(String a, String b) {
        assertThat(NameKey.of(NameKey.latin(a)).compare(NameKey.of(NameKey.latin(b)))).isEqualTo(Outcome.DISAGREE);
    }

    @Test
    void latin_ofPunctuationOnly_isEmpty() {
        assertThat(NameKey.latin(" ' - ")).isEmpty();
    }

    @Test
    void keys_dropParticles_andAddTheJoinedForm() {
        assertThat(NameKey.keys("al hassan")).extracting(NameKey::latin).containsExactly("hassan", "alhassan");
        assertThat(NameKey.keys("garcia")).extracting(NameKey::latin).containsExactly("garcia");
        assertThat(NameKey.keys("")).isEmpty();
    }

    @Test
    void alPrefixedSingleToken_alsoCodesWithoutTheArticle() {
        NameKey glued = NameKey.of("alhassan");
        assertThat(glued.compare(NameKey.of("hassan"))).isEqualTo(Outcome.PHONETIC);
        assertThat(NameKey.of("aleksei").codes()).doesNotContain("s:ks");
    }

    @Test
    void constructor_rejectsNonNormalisedText() {
        assertThatThrownBy(() -> new NameKey("Ivan", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NameKey("", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void editDistance_countsTranspositionAsOne_andStopsPastTheLimit() {
        assertThat(EditDistance.osa("ivanov", "ivanvo", 2)).isEqualTo(1);
        assertThat(EditDistance.osa("ivanov", "petrenko", 2)).isGreaterThan(2);
        assertThat(EditDistance.osa("abc", "abc", 0)).isZero();
    }
}
