// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AreaCodeTest {
    @ParameterizedTest
    @ValueSource(strings = {"HT", "HT-OU", "DO-01", "XA", "XA-1", "QZ"})
    void accepts_countryAndSubdivisionCodes(String code) {
        assertThat(AreaCode.of(code).country()).isEqualTo(code.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ht", "Haiti", "HT-", "HT-OUES", "H", "HT_OU", "", "HT-OU "})
    void refuses_unknownFormat_withClearMessage(String code) {
        assertThatThrownBy(() -> AreaCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown area format");
    }

    @Test
    void refuses_unassignedCountry() {
        assertThatThrownBy(() -> AreaCode.of("JJ"))
                .hasMessage("unknown area: 'JJ' is not an ISO 3166-1 country code");
    }

    @Test
    void covers_countryCoversItsSubdivisionsOnly() {
        assertThat(AreaCode.of("HT").covers(AreaCode.of("HT-OU"))).isTrue();
        assertThat(AreaCode.of("HT").covers(AreaCode.of("HT"))).isTrue();
        assertThat(AreaCode.of("HT-OU").covers(AreaCode.of("HT"))).isFalse();
        assertThat(AreaCode.of("HT-OU").covers(AreaCode.of("HT-SE"))).isFalse();
        assertThat(AreaCode.of("DO").covers(AreaCode.of("HT-OU"))).isFalse();
    }

    @Test
    void requireCountry_refusesSubdivision() {
        assertThatThrownBy(() -> AreaCode.requireCountry("HT-OU", "nationality"))
                .hasMessageContaining("nationality must be an ISO 3166-1 country code");
    }
}
