// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.consent.Fixtures.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifeline.consent.generalise.Generaliser;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RuleId;

class GeneralisationTest {
    private static final FieldValue.Place SHELTER = place("Shelter town", "XH-03", "XH");

    @Test
    void apply_admin1_dropsTheLocality() {
        assertThat(Generaliser.apply(SHELTER, GeneralisationLevel.ADMIN1, NOW))
                .contains(new FieldValue.Place(Optional.empty(), Optional.of("XH-03"), "XH"));
    }

    @Test
    void apply_country_keepsOnlyTheCountry() {
        assertThat(Generaliser.apply(SHELTER, GeneralisationLevel.COUNTRY, NOW))
                .contains(new FieldValue.Place(Optional.empty(), Optional.empty(), "XH"));
    }

    @Test
    void apply_year_dropsMonthAndDay() {
        assertThat(Generaliser.apply(FieldValue.PartialDate.parse("1990-05-12"), GeneralisationLevel.YEAR, NOW))
                .contains(FieldValue.PartialDate.year(1990));
    }

    @ParameterizedTest
    @CsvSource({"2024-01-01, 0-4", "2016-03-03, 5-11", "2010-01-01, 12-17", "1990-05-12, 18-59", "1960-01-01, 60+",
        "2008-03-02, 18-59", "2008-03-03, 12-17", "2008, 12-59", "1966, 18-60+", "1958, 60+"})
    void apply_ageBand_holdsEveryAgeThePartialDateAllows(String birth, String band) {
        var result = Generaliser.apply(FieldValue.PartialDate.parse(birth), GeneralisationLevel.AGE_BAND, NOW);
        assertThat(result.orElseThrow().display()).isEqualTo(band.equals("18-60+") ? "18+" : band);
    }

    @Test
    void apply_textCannotBeGeneralised() {
        assertThat(Generaliser.apply(new FieldValue.Text("x"), GeneralisationLevel.COUNTRY, NOW)).isEmpty();
    }

    @Test
    void apply_twoPlacesInOneRegion_collapseToOneValue() {
        var other = place("Other town", "XH-03", "XH");
        assertThat(Generaliser.apply(List.of(SHELTER, other), GeneralisationLevel.ADMIN1, NOW).orElseThrow()).hasSize(1);
    }

    @Test
    void decide_agreementGeneralisesPlace_releasesOnlyTheRegionAndNamesTheLevel() {
        var decision = request().decide(adult()).decision("placeOfStay").orElseThrow();
        assertThat(decision.action()).isEqualTo(Action.GENERALISE);
        assertThat(decision.level()).contains(GeneralisationLevel.ADMIN1);
        assertThat(decision.values()).containsExactly(new FieldValue.Place(Optional.empty(), Optional.of("XH-03"), "XH"));
        assertThat(decision.reason().rule()).isEqualTo(RuleId.GENERALISE_AGREEMENT);
    }

    @Test
    void decide_aggregate_takesTheCoarserOfAgreementAndAggregateLevels() {
        Agreement countryLevel = new Agreement("ag-country", AgreementKind.MULTILATERAL, Set.of("io", "host"),
                Set.of(Purpose.AGGREGATE_STATISTICS), Set.of(RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE),
                Set.of(LegalBasis.AGREEMENT), Set.of("nationality"), Map.of("placeOfStay", GeneralisationLevel.COUNTRY,
                "birthDate", GeneralisationLevel.YEAR), FROM, UNTIL);
        var disclosure = request().to(recipient("io", RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE))
                .forPurpose(Purpose.AGGREGATE_STATISTICS).under(LegalBasis.AGREEMENT)
                .invoking(Optional.of(countryLevel)).decide(adult());
        assertThat(disclosure.decision("placeOfStay").orElseThrow().level()).contains(GeneralisationLevel.COUNTRY);
        var birth = disclosure.decision("birthDate").orElseThrow();
        assertThat(birth.level()).contains(GeneralisationLevel.AGE_BAND);
        assertThat(birth.values()).containsExactly(new FieldValue.AgeBand(18, 59));
        assertThat(birth.reason().rule()).isEqualTo(RuleId.GENERALISE_AGGREGATE);
    }

    @Test
    void decide_generalisationImpossible_withholdsRatherThanReleaseTheFineValue() {
        Agreement yearOfLastSeen = new Agreement("ag-year", AgreementKind.BILATERAL, Set.of("origin", "host"),
                Set.of(Purpose.FAMILY_TRACING), Set.of(RecipientRole.CONSULAR_SERVICES), Set.of(LegalBasis.CONSENT),
                Set.of(), Map.of("birthDate", GeneralisationLevel.YEAR), FROM, UNTIL);
        var disclosure = request().invoking(Optional.of(yearOfLastSeen))
                .decide(with(adult(), "birthDate", new FieldValue.PartialDate(1990, 5, 0)));
        assertThat(disclosure.decision("birthDate").orElseThrow().values()).containsExactly(FieldValue.PartialDate.year(1990));
        assertThat(Generaliser.apply(List.of(new FieldValue.AgeBand(1, 2)), GeneralisationLevel.YEAR, Instant.EPOCH))
                .isEmpty();
    }
}
