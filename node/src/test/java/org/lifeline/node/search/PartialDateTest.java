// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @ParameterizedTest
    @CsvSource({"1980-05-12,1980-05-12,EXACT", "1980-05-12,1980-12-05,TRANSPOSED", "1980-05-12,1980-05,YEAR_MONTH",
            "1980-05-12,1980,YEAR", "1980,1980,YEAR", "1980-05-12,1981-05-12,NEAR_YEAR", "1980-05-12,1930-05-12,NEAR_YEAR",
            "1980-05-12,1987-03-12,DISAGREE", "1980-05-12,1980-05-13,DISAGREE", "1980-05-12,1975,DISAGREE",
            "1980-05-05,1980-05-06,DISAGREE", "1980-05-13,1980-13-05,''"})
    void agreement(String a, String b, String expected) {
        var left = PartialDate.parse(a).orElseThrow();
        var right = PartialDate.parse(b);
        if (expected.isEmpty()) {
            assertThat(right).isEmpty();
            return;
        }
        assertThat(left.agreement(right.orElseThrow())).isEqualTo(Outcome.valueOf(expected));
        assertThat(right.orElseThrow().agreement(left)).isEqualTo(Outcome.valueOf(expected));
    }

    @Test
    void parse_readsPartialForms_andDateTimes_andRejectsImpossibleDates() {
        assertThat(PartialDate.parse("1980")).contains(new PartialDate(1980, 0, 0));
        assertThat(PartialDate.parse("1980-02")).contains(new PartialDate(1980, 2, 0));
        assertThat(PartialDate.parse("1980-02-03T10:00:00Z")).contains(new PartialDate(1980, 2, 3));
        assertThat(PartialDate.parse("1981-02-29")).isEmpty();
        assertThat(PartialDate.parse("80-02-03")).isEmpty();
        assertThat(new PartialDate(1980, 2, 0)).hasToString("1980-02");
    }

    @Test
    void constructor_rejectsDayWithoutMonth() {
        assertThatThrownBy(() -> new PartialDate(1980, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
