// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.consent.Fixtures.*;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;
import org.lifeline.consent.model.RuleId;

/**
 * Each firewall rule, against a request that agreement and consent would otherwise fully cover: the firewall must hold
 * even when everything else says yes.
 */
class FirewallRulesTest {

    @Nested
    class NoRecordLevelToEnforcement {
        @ParameterizedTest
        @EnumSource(value = RecipientRole.class, names = {"IMMIGRATION_ENFORCEMENT", "LAW_ENFORCEMENT"})
        void decide_enforcementRole_withholdsEveryFieldWhateverTheAgreement(RecipientRole role) {
            var disclosure = request().to(recipient("enforcement", role, "XH")).under(LegalBasis.AGREEMENT)
                    .decide(adult());
            assertAllWithheld(disclosure, RuleId.FIREWALL_ENFORCEMENT);
        }

        @Test
        void decide_enforcementRoleUnderConsentAndVitalInterest_stillWithholdsEverything() {
            for (LegalBasis basis : LegalBasis.values()) {
                var disclosure = request().as(RecipientRole.LAW_ENFORCEMENT).under(basis).decide(adult());
                assertAllWithheld(disclosure, RuleId.FIREWALL_ENFORCEMENT);
            }
        }

        @Test
        void decide_enforcementRoleAskingForAggregates_isNotRefusedByThisRule() {
            var disclosure = request().as(RecipientRole.IMMIGRATION_ENFORCEMENT).forPurpose(Purpose.AGGREGATE_STATISTICS)
                    .under(LegalBasis.AGREEMENT).decide(adult());
            assertThat(disclosure.decisions()).noneMatch(d -> d.reason().rule() == RuleId.FIREWALL_ENFORCEMENT);
        }
    }

    @Nested
    class StatusNeverLeavesAtRecordLevel {
        @Test
        void decide_recordLevel_withholdsEveryStatusField() {
            RecordView record = with(with(adult(), "detentionStatus", new FieldValue.Code("detained")),
                    "protectionStatus", new FieldValue.Code("temporary-protection"));
            var disclosure = request().decide(record);
            for (String field : Set.of("immigrationStatus", "detentionStatus", "protectionStatus")) {
                assertWithheld(disclosure, field, RuleId.FIREWALL_STATUS);
            }
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_aggregate_letsImmigrationStatusFeedCounts() {
            var disclosure = request().as(RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE)
                    .forPurpose(Purpose.AGGREGATE_STATISTICS).under(LegalBasis.AGREEMENT).decide(adult());
            assertReleased(disclosure, "immigrationStatus", RuleId.RELEASE_AGREEMENT);
        }
    }

    @Nested
    class NoRefugeeDataToOriginState {
        private final RecordView refugee = with(adult(), "protectionStatus",
                new FieldValue.Code("https://w3id.org/lifeline/protection-status/refugee"));

        @Test
        void decide_refugeeToAuthorityOfTheirNationality_withholdsEverything() {
            var disclosure = request().as(RecipientRole.CIVIL_PROTECTION).decide(refugee);
            assertAllWithheld(disclosure, RuleId.FIREWALL_REFUGEE_ORIGIN);
        }

        @Test
        void decide_asylumSeekerDualNationalToAuthorityOfSecondNationality_withholdsEverything() {
            RecordView dual = with(with(adult(), "protectionStatus", new FieldValue.Code("asylum-seeker")),
                    "nationality", new FieldValue.Code("XB"), new FieldValue.Code("XA"));
            var disclosure = request().to(recipient("origin", RecipientRole.HUMANITARIAN_TRACING, "XA")).decide(dual);
            assertAllWithheld(disclosure, RuleId.FIREWALL_REFUGEE_ORIGIN);
        }

        @Test
        void decide_refugeeAggregatesToOriginState_areWithheldToo() {
            var disclosure = request().as(RecipientRole.HUMANITARIAN_ASSISTANCE).forPurpose(Purpose.AGGREGATE_STATISTICS)
                    .under(LegalBasis.AGREEMENT).decide(refugee);
            assertAllWithheld(disclosure, RuleId.FIREWALL_REFUGEE_ORIGIN);
        }

        @Test
        void decide_refugeeToAnIoWithNoStateAuthority_isNotRefusedByThisRule() {
            var disclosure = request().to(recipient("io", RecipientRole.HUMANITARIAN_TRACING)).decide(refugee);
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_statelessPersonToHostAuthority_isNotRefusedByThisRule() {
            RecordView stateless = with(adult(), "protectionStatus", new FieldValue.Code("stateless"));
            var disclosure = request().as(RecipientRole.CIVIL_PROTECTION).decide(stateless);
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }
    }

    @Nested
    class NoAsylumSeekerDataToConsular {
        @Test
        void decide_asylumSeekerToAnyConsulate_withholdsEverything() {
            RecordView asylumSeeker = with(adult(), "protectionStatus", new FieldValue.Code("asylum-seeker"));
            var disclosure = request().to(recipient("origin-c", RecipientRole.CONSULAR_SERVICES, "XC"))
                    .decide(asylumSeeker);
            assertAllWithheld(disclosure, RuleId.FIREWALL_ASYLUM_CONSULAR);
        }
    }

    @Nested
    class IdentityDataNeedsPurpose {
        @Test
        void decide_familyTracing_withholdsDocumentNumberAndAddress() {
            var disclosure = request().decide(adult());
            assertWithheld(disclosure, "documentNumber", RuleId.FIREWALL_IDENTITY);
            assertWithheld(disclosure, "address", RuleId.FIREWALL_IDENTITY);
        }

        @ParameterizedTest
        @EnumSource(value = Purpose.class, names = {"IDENTITY_DOCUMENT_REPLACEMENT", "CONSULAR_ASSISTANCE"})
        void decide_purposeThatNeedsItUnderConsent_releasesDocumentNumber(Purpose purpose) {
            var disclosure = request().forPurpose(purpose).decide(adult());
            assertReleased(disclosure, "documentNumber", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_purposeThatNeedsItUnderAgreementBasis_withholdsDocumentNumberAndAddress() {
            var disclosure = request().forPurpose(Purpose.CONSULAR_ASSISTANCE).under(LegalBasis.AGREEMENT)
                    .decide(adult());
            assertWithheld(disclosure, "documentNumber", RuleId.FIREWALL_IDENTITY);
            assertWithheld(disclosure, "address", RuleId.FIREWALL_IDENTITY);
            assertReleased(disclosure, "givenName", RuleId.RELEASE_AGREEMENT);
        }

        @Test
        void decide_vitalInterestDuringEvacuation_withholdsDocumentNumber() {
            var disclosure = request().forPurpose(Purpose.EVACUATION).under(LegalBasis.VITAL_INTEREST).decide(adult());
            assertWithheld(disclosure, "documentNumber", RuleId.FIREWALL_IDENTITY);
            assertReleased(disclosure, "givenName", RuleId.RELEASE_VITAL_INTEREST);
        }
    }

    @Nested
    class ChildDataOnlyToTracingAndConsular {
        private final RecordView child = record(base("2015-06-01"));

        @ParameterizedTest
        @EnumSource(value = RecipientRole.class, names = {"CIVIL_PROTECTION", "HUMANITARIAN_ASSISTANCE",
            "EVACUATION_COORDINATION", "AUDITOR"})
        void decide_childToOtherRoles_withholdsEverything(RecipientRole role) {
            var disclosure = request().to(recipient("io", role)).decide(child);
            assertAllWithheld(disclosure, RuleId.FIREWALL_CHILD);
        }

        @ParameterizedTest
        @EnumSource(value = RecipientRole.class, names = {"HUMANITARIAN_TRACING", "CONSULAR_SERVICES"})
        void decide_childToTracingOrConsular_releasesUnderConsent(RecipientRole role) {
            var disclosure = request().to(recipient("io", role)).decide(child);
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_birthYearThatMayStillBeUnder18_countsAsChild() {
            RecordView maybeChild = record(base("2008"));
            var disclosure = request().to(recipient("io", RecipientRole.CIVIL_PROTECTION)).decide(maybeChild);
            assertAllWithheld(disclosure, RuleId.FIREWALL_CHILD);
        }

        @Test
        void decide_unaccompaniedChildNeedWithoutBirthDate_countsAsChild() {
            var fields = base("1990");
            fields.remove("birthDate");
            fields.put("specialNeed", java.util.List.of(new FieldValue.Code("child-unaccompanied")));
            var disclosure = request().to(recipient("io", RecipientRole.EVACUATION_COORDINATION)).decide(record(fields));
            assertAllWithheld(disclosure, RuleId.FIREWALL_CHILD);
        }

        @Test
        void decide_adultTurned18TheDayBefore_isNotAChild() {
            RecordView adult = record(base("2008-03-01"));
            var disclosure = request().to(recipient("io", RecipientRole.CIVIL_PROTECTION)).decide(adult);
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }
    }
}
