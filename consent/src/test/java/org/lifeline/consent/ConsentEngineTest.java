// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.consent.Fixtures.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RuleId;

class ConsentEngineTest {
    @Test
    void decide_givesOneDecisionPerFieldInFieldNameOrder() {
        var disclosure = request().decide(adult());
        assertThat(disclosure.decisions()).extracting(FieldDecision::field)
                .containsExactlyElementsOf(adult().fields().keySet()).isSorted();
    }

    @Test
    void decide_isDeterministic() {
        assertThat(request().decide(adult())).isEqualTo(request().decide(adult()));
    }

    @Test
    void decide_firewallReasonWinsOverConsentReason() {
        var disclosure = request().consenting(ConsentHistory.none()).as(RecipientRole.IMMIGRATION_ENFORCEMENT)
                .decide(adult());
        assertAllWithheld(disclosure, RuleId.FIREWALL_ENFORCEMENT);
    }

    @Test
    void released_containsNoWithheldField() {
        var disclosure = request().consenting(ConsentHistory.of(consent(Set.of("givenName", "telephone"))))
                .decide(adult());
        assertThat(disclosure.released()).containsOnlyKeys("givenName", "telephone");
        assertThat(disclosure.counts()).containsEntry(Action.RELEASE, 2L).containsEntry(Action.WITHHOLD, 7L);
    }

    @Test
    void explain_listsEveryFieldWithOutcomeRuleAndCitationButNoValue() {
        var lines = request().decide(adult()).explain();
        assertThat(lines).hasSize(adult().fields().size() + 1);
        assertThat(lines.getFirst()).isEqualTo("record rec-1: PARTIAL (5 released, 1 generalised, 3 withheld)");
        assertThat(lines).contains("immigrationStatus: WITHHOLD by firewall.status-never-leaves - immigration, "
                + "detention and protection status leave a node only in aggregates "
                + "[R32, R33; 004 L56-57, 003 L290, 004 L741-742]");
        assertThat(lines).anyMatch(l -> l.startsWith("placeOfStay: GENERALISE to admin1 by generalise.agreement"));
        assertThat(String.join("\n", lines)).doesNotContain("Amina", "Haddad", "P1234567", "Harbour", "Shelter town");
    }
}
