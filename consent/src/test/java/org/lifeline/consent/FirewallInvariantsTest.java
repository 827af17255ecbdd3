// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.lifeline.consent.Scenarios.Scenario;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;

/**
 * Invariants that must hold whatever agreement, consent, request and record are generated. The expected facts
 * (who is a child, who is a refugee) are computed here independently of the engine's own code.
 */
class FirewallInvariantsTest {
    private static final Set<String> STATUS = Set.of("immigrationStatus", "detentionStatus", "protectionStatus");
    private static final Set<String> IDENTITY = Set.of("documentNumber", "address");

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }

    @Property(tries = 2000)
    void firewall_neverReleasesForbiddenData(@ForAll("scenarios") Scenario scenario) {
        Disclosure disclosure = scenario.decide();
        var request = scenario.request();
        RecordView record = scenario.record();
        RecipientRole role = request.recipient().role();
        boolean aggregate = request.purpose() == Purpose.AGGREGATE_STATISTICS;
        Statistics.label("outcome").collect(disclosure.outcome());
        Statistics.label("outcome").coverage(c -> c.check(Disclosure.Outcome.PARTIAL).percentage(p -> p >= 3));

        if (!aggregate && (role == RecipientRole.IMMIGRATION_ENFORCEMENT || role == RecipientRole.LAW_ENFORCEMENT)) {
            assertThat(disclosure.released()).as("record level to enforcement").isEmpty();
        }
        if (!aggregate) {
            assertThat(disclosure.released()).as("status at record level").doesNotContainKeys(STATUS.toArray(String[]::new));
        }
        if (protectedPerson(record) && authorityOfNationality(scenario)) {
            assertThat(disclosure.released()).as("refugee to origin state").isEmpty();
        }
        if (protectedPerson(record) && record.values("protectionStatus").getFirst().display().equals("asylum-seeker")
                && role == RecipientRole.CONSULAR_SERVICES) {
            assertThat(disclosure.released()).as("asylum seeker to consular").isEmpty();
        }
        if (!aggregate && child(record) && role != RecipientRole.HUMANITARIAN_TRACING
                && role != RecipientRole.CONSULAR_SERVICES) {
            assertThat(disclosure.released()).as("child to other roles").isEmpty();
        }
        for (String field : IDENTITY) {
            if (disclosure.released().containsKey(field)) {
                assertThat(request.purpose()).isIn(Purpose.IDENTITY_DOCUMENT_REPLACEMENT, Purpose.CONSULAR_ASSISTANCE);
                assertThat(request.legalBasis()).isEqualTo(LegalBasis.CONSENT);
                assertThat(request.consent().versions().getLast().fields()).contains(field);
            }
        }
    }

    @Property(tries = 1000)
    void disclosure_releasesOnlyRecordValuesOrTheirGeneralisation(@ForAll("scenarios") Scenario scenario) {
        for (FieldDecision decision : scenario.decide().decisions()) {
            var stored = scenario.record().values(decision.field());
            switch (decision.action()) {
                case WITHHOLD -> assertThat(decision.values()).isEmpty();
                case RELEASE -> assertThat(decision.values()).isEqualTo(stored);
                case GENERALISE -> assertThat(decision.values()).doesNotContainAnyElementsOf(stored);
            }
        }
    }

    @Property(tries = 1000)
    void withdrawnConsent_neverReleasesAnythingAtOrAfterWithdrawal(@ForAll("scenarios") Scenario scenario,
            @ForAll("hoursBeforeNow") int hoursBeforeNow) {
        ConsentRecord current = scenario.request().consent().versions().getLast();
        var withdrawnAt = Scenarios.NOW.minus(Duration.ofHours(hoursBeforeNow));
        if (withdrawnAt.isBefore(current.given())) {
            withdrawnAt = current.given();
        }
        var history = ConsentHistory.of(current, current.withdraw(withdrawnAt));
        assertThat(scenario.withConsent(history).decide().released()).isEmpty();
    }

    @Property(tries = 1000)
    void agreementOutOfForce_coversNothing(@ForAll("scenarios") Scenario scenario, @ForAll boolean expired,
            @ForAll("daysAway") int daysAway) {
        Agreement a = scenario.request().agreement().orElse(Fixtures.agreement(Fixtures.FROM, Fixtures.UNTIL));
        var now = Scenarios.NOW;
        Agreement outOfForce = expired
                ? copy(a, now.minus(Duration.ofDays(daysAway + 365)), now.minus(Duration.ofDays(daysAway)))
                : copy(a, now.plus(Duration.ofDays(daysAway)).plusSeconds(1), now.plus(Duration.ofDays(daysAway + 365)));
        assertThat(scenario.withAgreement(Optional.of(outOfForce)).decide().released()).isEmpty();
    }

    @Property(tries = 1000)
    void vitalInterest_neverAppliesBelowLevel3OrForOtherPurposes(@ForAll("scenarios") Scenario scenario) {
        var r = scenario.request();
        boolean outside = r.crisisLevel().value() < 3
                || (r.purpose() != Purpose.FAMILY_TRACING && r.purpose() != Purpose.EVACUATION);
        if (r.legalBasis() == LegalBasis.VITAL_INTEREST && outside) {
            assertThat(scenario.decide().released()).isEmpty();
        }
        Statistics.label("vital interest outside its bounds")
                .collect(r.legalBasis() == LegalBasis.VITAL_INTEREST && outside);
    }

    @Provide
    Arbitrary<Integer> hoursBeforeNow() {
        return Arbitraries.integers().between(0, 24 * 400);
    }

    @Provide
    Arbitrary<Integer> daysAway() {
        return Arbitraries.integers().between(0, 3000);
    }

    private static Agreement copy(Agreement a, java.time.Instant from, java.time.Instant until) {
        return new Agreement(a.id(), a.kind(), a.parties(), a.purposes(), a.roles(), a.legalBases(), a.fields(),
                a.generalisedFields(), from, until);
    }

    private static boolean protectedPerson(RecordView record) {
        return record.values("protectionStatus").stream().map(FieldValue::display)
                .anyMatch(s -> s.endsWith("refugee") || s.equals("asylum-seeker"));
    }

    private static boolean authorityOfNationality(Scenario scenario) {
        return scenario.record().values("nationality").stream()
                .anyMatch(n -> scenario.request().recipient().authorityOf().contains(n.display()));
    }

    private static boolean child(RecordView record) {
        LocalDate today = LocalDate.ofInstant(Scenarios.NOW, ZoneOffset.UTC);
        boolean young = record.values("birthDate").stream().map(v -> ((FieldValue.PartialDate) v).earliest())
                .anyMatch(b -> Period.between(b, today).getYears() < 18);
        return young || record.values("specialNeed").stream().anyMatch(v -> v.display().startsWith("child"));
    }
}
