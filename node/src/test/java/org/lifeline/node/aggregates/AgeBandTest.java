// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {
    private static final LocalDate AT = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-02-28, 0-4", "2021-03-02, 0-4", "2021-03-01, 5-11", "2014-03-02, 5-11", "2014-03-01, 12-17",
        "2008-03-02, 12-17", "2008-03-01, 18-24", "2001-03-01, 25-59", "1966-03-02, 25-59", "1966-03-01, 60+",
        "1920-01-01, 60+",
        // partial dates: a band only if every possible birthday gives the same band
        "1990, 25-59", "1990-06, 25-59", "2008, unknown", "2008-04, 12-17", "2008-02, 18-24",
        // not a past date, or not a date
        "2026-12-01, unknown", "2027, unknown", "1990-13, unknown", "13/05/1985, unknown", "'', unknown"})
    void of_givesTheBandOnlyWhenTheWholeBirthRangeFallsInIt(String birthDate, String band) {
        assertThat(AgeBand.of(birthDate, AT).label()).isEqualTo(band);
    }
}
