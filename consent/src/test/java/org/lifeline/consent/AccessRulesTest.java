// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.consent.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RuleId;

/** The agreement, legal-basis and consent rules, each switched on alone against an otherwise covering request. */
class AccessRulesTest {
    private static Agreement narrow(Set<String> parties, Set<RecipientRole> roles, Set<Purpose> purposes,
            Set<LegalBasis> bases) {
        return new Agreement("ag-narrow", AgreementKind.MULTILATERAL, parties, purposes, roles, bases,
                Set.of("givenName"), java.util.Map.of(), FROM, UNTIL);
    }

    @Nested
    class AgreementCoversRequest {
        @Test
        void decide_noAgreement_withholdsEverything() {
            assertAllWithheld(request().invoking(Optional.empty()).decide(adult()), RuleId.AGREEMENT_MISSING);
        }

        @Test
        void decide_atValidUntil_agreementCoversNothing() {
            assertAllWithheld(request().at(UNTIL).decide(adult()), RuleId.AGREEMENT_NOT_IN_FORCE);
        }

        @Test
        void decide_beforeValidFrom_agreementCoversNothing() {
            assertAllWithheld(request().at(FROM.minusSeconds(1)).decide(adult()), RuleId.AGREEMENT_NOT_IN_FORCE);
        }

        @Test
        void decide_atValidFrom_agreementIsInForce() {
            assertReleased(request().at(FROM).decide(adult()), "givenName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_recipientNotAParty_withholdsEverything() {
            var disclosure = request().to(recipient("stranger", RecipientRole.CONSULAR_SERVICES)).decide(adult());
            assertAllWithheld(disclosure, RuleId.AGREEMENT_PARTY);
        }

        @Test
        void decide_roleNotCovered_withholdsEverything() {
            var agreement = narrow(Set.of("origin", "host"), Set.of(RecipientRole.HUMANITARIAN_TRACING),
                    Set.of(Purpose.FAMILY_TRACING), Set.of(LegalBasis.CONSENT));
            assertAllWithheld(request().invoking(Optional.of(agreement)).decide(adult()), RuleId.AGREEMENT_ROLE);
        }

        @Test
        void decide_purposeNotCovered_withholdsEverything() {
            var agreement = narrow(Set.of("origin", "host"), Set.of(RecipientRole.CONSULAR_SERVICES),
                    Set.of(Purpose.EVACUATION), Set.of(LegalBasis.CONSENT));
            assertAllWithheld(request().invoking(Optional.of(agreement)).decide(adult()), RuleId.AGREEMENT_PURPOSE);
        }

        @Test
        void decide_basisNotAdmitted_withholdsEverything() {
            var agreement = narrow(Set.of("origin", "host"), Set.of(RecipientRole.CONSULAR_SERVICES),
                    Set.of(Purpose.FAMILY_TRACING), Set.of(LegalBasis.CONSENT));
            var disclosure = request().invoking(Optional.of(agreement)).under(LegalBasis.AGREEMENT).decide(adult());
            assertAllWithheld(disclosure, RuleId.AGREEMENT_BASIS);
        }

        @Test
        void decide_fieldOutsideAgreement_isWithheldAndOthersReleased() {
            var agreement = narrow(Set.of("origin", "host"), Set.of(RecipientRole.CONSULAR_SERVICES),
                    Set.of(Purpose.FAMILY_TRACING), Set.of(LegalBasis.CONSENT));
            var disclosure = request().invoking(Optional.of(agreement)).decide(adult());
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
            assertWithheld(disclosure, "familyName", RuleId.AGREEMENT_FIELD);
            assertThat(disclosure.outcome()).isEqualTo(Disclosure.Outcome.PARTIAL);
        }
    }

    @Nested
    class VitalInterest {
        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2})
        void decide_belowLevel3_coversNothing(int level) {
            var disclosure = request().under(LegalBasis.VITAL_INTEREST).atLevel(level).decide(adult());
            assertAllWithheld(disclosure, RuleId.VITAL_INTEREST_LEVEL);
        }

        @ParameterizedTest
        @EnumSource(value = Purpose.class, names = {"FAMILY_TRACING", "EVACUATION"})
        void decide_atLevel3ForTracingOrEvacuation_releasesWithoutConsent(Purpose purpose) {
            var disclosure = request().under(LegalBasis.VITAL_INTEREST).forPurpose(purpose).atLevel(3)
                    .consenting(ConsentHistory.none()).decide(adult());
            assertReleased(disclosure, "givenName", RuleId.RELEASE_VITAL_INTEREST);
        }

        @ParameterizedTest
        @EnumSource(value = Purpose.class, names = {"FAMILY_TRACING", "EVACUATION"}, mode = EnumSource.Mode.EXCLUDE)
        void decide_otherPurposes_coverNothingEvenAtLevel4(Purpose purpose) {
            var disclosure = request().under(LegalBasis.VITAL_INTEREST).forPurpose(purpose).decide(adult());
            assertAllWithheld(disclosure, RuleId.VITAL_INTEREST_PURPOSE);
        }
    }

    @Nested
    class Consent {
        private static ConsentRecord version(String subject, Set<Purpose> purposes, Set<String> recipients,
                Set<RecipientRole> roles, Optional<Instant> expires) {
            return new ConsentRecord("c", subject, 1, purposes, recipients, roles, FIELDS, FROM, expires,
                    Optional.empty(), Optional.empty());
        }

        private static ConsentHistory tracingBy(String... recipients) {
            return ConsentHistory.of(version(SUBJECT, Set.of(Purpose.FAMILY_TRACING), Set.of(recipients), Set.of(),
                    Optional.empty()));
        }

        @Test
        void decide_noConsent_withholdsEverything() {
            var disclosure = request().consenting(ConsentHistory.none()).decide(adult());
            assertAllWithheld(disclosure, RuleId.CONSENT_MISSING);
        }

        @Test
        void decide_atWithdrawal_withholdsEverything() {
            Instant at = NOW.minus(Duration.ofHours(1));
            var history = ConsentHistory.of(consent(FIELDS), consent(FIELDS).withdraw(at));
            assertAllWithheld(request().consenting(history).at(at).decide(adult()), RuleId.CONSENT_WITHDRAWN);
        }

        @Test
        void decide_justBeforeWithdrawal_earlierVersionStillCovers() {
            Instant at = NOW.minus(Duration.ofHours(1));
            var history = ConsentHistory.of(consent(FIELDS), consent(FIELDS).withdraw(at));
            var disclosure = request().consenting(history).at(at.minusMillis(1)).decide(adult());
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_atExpiry_withholdsEverything() {
            ConsentRecord expiring = version(SUBJECT, Set.of(Purpose.FAMILY_TRACING), Set.of("origin"), Set.of(),
                    Optional.of(NOW));
            assertAllWithheld(request().consenting(ConsentHistory.of(expiring)).decide(adult()), RuleId.CONSENT_EXPIRED);
        }

        @Test
        void decide_tamperedHistory_coversNothing() {
            ConsentRecord first = consent(Set.of("givenName"));
            ConsentRecord second = first.revise(first.purposes(), first.recipients(), first.roles(), Set.of("givenName"),
                    NOW.minusSeconds(60), Optional.empty());
            ConsentRecord widened = new ConsentRecord(first.id(), SUBJECT, 1, first.purposes(), first.recipients(),
                    first.roles(), FIELDS, first.given(), Optional.empty(), Optional.empty(), Optional.empty());
            var disclosure = request().consenting(ConsentHistory.of(widened, second)).decide(adult());
            assertAllWithheld(disclosure, RuleId.CONSENT_BROKEN);
        }

        @Test
        void decide_consentOfAnotherSubject_coversNothing() {
            ConsentRecord other = version("https://host.example/id/person/2", Set.of(Purpose.FAMILY_TRACING),
                    Set.of("origin"), Set.of(), Optional.empty());
            assertAllWithheld(request().consenting(ConsentHistory.of(other)).decide(adult()), RuleId.CONSENT_SUBJECT);
        }

        @Test
        void decide_purposeNotConsented_withholdsEverything() {
            ConsentRecord evacuationOnly = version(SUBJECT, Set.of(Purpose.EVACUATION), Set.of("origin"), Set.of(),
                    Optional.empty());
            var disclosure = request().consenting(ConsentHistory.of(evacuationOnly)).decide(adult());
            assertAllWithheld(disclosure, RuleId.CONSENT_PURPOSE);
        }

        @Test
        void decide_recipientNotConsented_withholdsEverything() {
            ConsentRecord ioOnly = version(SUBJECT, Set.of(Purpose.FAMILY_TRACING), Set.of("io"),
                    Set.of(RecipientRole.HUMANITARIAN_TRACING), Optional.empty());
            assertAllWithheld(request().consenting(ConsentHistory.of(ioOnly)).decide(adult()), RuleId.CONSENT_RECIPIENT);
        }

        @Test
        void decide_recipientConsentedByNodeId_isCovered() {
            var disclosure = request().consenting(tracingBy("origin")).decide(adult());
            assertReleased(disclosure, "givenName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_phoneNotConsented_withholdsOnlyThePhone() {
            var disclosure = request().consenting(ConsentHistory.of(consent(Set.of("givenName", "familyName"))))
                    .decide(adult());
            assertWithheld(disclosure, "telephone", RuleId.CONSENT_FIELD);
            assertReleased(disclosure, "familyName", RuleId.RELEASE_CONSENT);
        }

        @Test
        void decide_consentNotYetGiven_withholdsEverything() {
            var disclosure = request().at(FROM.minusSeconds(1)).invoking(Optional.of(agreement(FROM.minusSeconds(10), UNTIL)))
                    .decide(adult());
            assertAllWithheld(disclosure, RuleId.CONSENT_MISSING);
        }
    }

    @Nested
    class Aggregates {
        @Test
        void decide_aggregateRoleAskingForRecords_withholdsEverything() {
            var disclosure = request().to(recipient("io", RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE))
                    .decide(adult());
            assertAllWithheld(disclosure, RuleId.AGGREGATE_ROLE);
        }

        @Test
        void decide_aggregate_neverUsesNamesOrPhonesAsDimensions() {
            var disclosure = request().to(recipient("io", RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE))
                    .forPurpose(Purpose.AGGREGATE_STATISTICS).under(LegalBasis.AGREEMENT).decide(adult());
            assertWithheld(disclosure, "givenName", RuleId.AGGREGATE_IDENTIFIER);
            assertWithheld(disclosure, "telephone", RuleId.AGGREGATE_IDENTIFIER);
            assertReleased(disclosure, "nationality", RuleId.RELEASE_AGREEMENT);
        }
    }
}
