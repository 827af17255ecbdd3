// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.consent.Fixtures.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/** Validation in compact constructors and the consent hash chain. */
class ModelTest {
    private static Agreement agreementWith(AgreementKind kind, Set<String> parties, Set<String> fields,
            Map<String, GeneralisationLevel> generalised) {
        return new Agreement("ag", kind, parties, Set.of(Purpose.EVACUATION), Set.of(RecipientRole.CIVIL_PROTECTION),
                Set.of(LegalBasis.CONSENT), fields, generalised, FROM, UNTIL);
    }

    @Test
    void agreement_fieldBothReleasedAndGeneralised_isContradictory() {
        assertThatThrownBy(() -> agreementWith(AgreementKind.BILATERAL, Set.of("a", "b"), Set.of("placeOfStay"),
                Map.of("placeOfStay", GeneralisationLevel.ADMIN1)))
                .hasMessageContaining("agreement ag").hasMessageContaining("placeOfStay");
    }

    @Test
    void agreement_levelOfTheWrongFamily_isRejected() {
        assertThatThrownBy(() -> agreementWith(AgreementKind.BILATERAL, Set.of("a", "b"), Set.of(),
                Map.of("placeOfStay", GeneralisationLevel.YEAR))).hasMessageContaining("cannot be generalised to year");
        assertThatThrownBy(() -> agreementWith(AgreementKind.BILATERAL, Set.of("a", "b"), Set.of(),
                Map.of("lastSeen", GeneralisationLevel.AGE_BAND))).hasMessageContaining("age-band");
    }

    @Test
    void agreement_bilateralWithThreeParties_isRejected() {
        assertThatThrownBy(() -> agreementWith(AgreementKind.BILATERAL, Set.of("a", "b", "c"), Set.of(), Map.of()))
                .hasMessageContaining("exactly two parties");
    }

    @Test
    void agreement_validityThatEndsBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> new Agreement("ag", AgreementKind.AD_HOC, Set.of("a", "b"), Set.of(Purpose.EVACUATION),
                Set.of(RecipientRole.CIVIL_PROTECTION), Set.of(LegalBasis.CONSENT), Set.of(), Map.of(), UNTIL, FROM))
                .hasMessageContaining("validFrom must be before validUntil");
    }

    @Test
    void consent_withdrawnBeforeGiven_isRejected() {
        assertThatThrownBy(() -> new ConsentRecord("c", SUBJECT, 1, Set.of(Purpose.EVACUATION), Set.of("a"), Set.of(),
                Set.of("givenName"), NOW, Optional.empty(), Optional.of(FROM), Optional.empty()))
                .hasMessageContaining("withdrawn must not be before given");
    }

    @Test
    void consent_laterVersionWithoutLink_isRejected() {
        assertThatThrownBy(() -> new ConsentRecord("c", SUBJECT, 2, Set.of(Purpose.EVACUATION), Set.of("a"), Set.of(),
                Set.of("givenName"), NOW, Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("previous-version hash");
    }

    @Test
    void consentHash_changesWithEveryComponentAndIsStable() {
        ConsentRecord base = consent(Set.of("givenName"));
        assertThat(base.hash()).isEqualTo(consent(Set.of("givenName")).hash()).hasSize(64);
        assertThat(consent(Set.of("givenName", "telephone")).hash()).isNotEqualTo(base.hash());
        assertThat(base.withdraw(NOW).hash()).isNotEqualTo(base.hash());
    }

    @Test
    void history_intactChain_hasNoBreachAndPicksTheLatestGivenVersion() {
        ConsentRecord v1 = consent(Set.of("givenName"));
        ConsentRecord v2 = v1.revise(v1.purposes(), v1.recipients(), v1.roles(), Set.of("givenName", "telephone"),
                NOW, Optional.empty());
        ConsentRecord v3 = v2.withdraw(NOW.plusSeconds(3600));
        ConsentHistory history = ConsentHistory.of(v1, v2, v3);
        assertThat(history.breach()).isEmpty();
        assertThat(history.effectiveAt(NOW.minusSeconds(1))).contains(v1);
        assertThat(history.effectiveAt(NOW)).contains(v2);
        assertThat(history.effectiveAt(NOW.plusSeconds(3600))).contains(v3);
    }

    @Test
    void history_droppedMiddleVersion_isABreach() {
        ConsentRecord v1 = consent(Set.of("givenName"));
        ConsentRecord v2 = v1.withdraw(NOW);
        ConsentRecord v3 = v2.revise(v1.purposes(), v1.recipients(), v1.roles(), FIELDS, NOW.plusSeconds(1),
                Optional.empty());
        assertThat(ConsentHistory.of(v1, v3).breach()).contains("position 2 holds version 3");
    }

    @Test
    void history_rewrittenEarlierVersion_isABreachNamingTheLink() {
        ConsentRecord v1 = consent(Set.of("givenName"));
        ConsentRecord v2 = v1.withdraw(NOW);
        ConsentRecord forged = consent(FIELDS);
        assertThat(ConsentHistory.of(forged, v2).breach()).contains("version 2 does not link to the hash of version 1");
    }

    @Test
    void recordView_valueOfTheWrongKind_isRejectedWithoutShowingTheValue() {
        assertThatThrownBy(() -> new RecordView("r", SUBJECT, Map.of("birthDate", List.of(new FieldValue.Text("Amina")))))
                .hasMessageContaining("birthDate").hasMessageNotContaining("Amina");
    }

    @Test
    void fieldValue_toString_neverShowsTheValue() {
        assertThat(new FieldValue.Text("Amina").toString()).doesNotContain("Amina");
        assertThat(place("Shelter town", "XH-03", "XH").toString()).doesNotContain("Shelter").doesNotContain("XH");
    }

    @Test
    void fieldDecision_withheldWithValues_isRejected() {
        assertThatThrownBy(() -> new FieldDecision("givenName", Action.WITHHOLD, Optional.empty(),
                List.of(new FieldValue.Text("Amina")), Reason.of(RuleId.CONSENT_FIELD)))
                .hasMessageContaining("givenName").hasMessageNotContaining("Amina");
    }

    @Test
    void partialDate_parsesTheThreePrecisions() {
        assertThat(FieldValue.PartialDate.parse("1990").display()).isEqualTo("1990");
        assertThat(FieldValue.PartialDate.parse("1990-05").latest()).hasDayOfMonth(31);
        assertThatThrownBy(() -> FieldValue.PartialDate.parse("1990-02-30")).isInstanceOf(IllegalArgumentException.class);
    }
}
