// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;

class PolicyLoaderTest {
    private static final String PREFIXES = """
            @prefix ll: <https://w3id.org/lifeline/ns#> .
            @prefix odrl: <http://www.w3.org/ns/odrl/2/> .
            @prefix dpv: <https://w3id.org/dpv#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix role: <https://w3id.org/lifeline/role/> .
            @prefix purpose: <https://w3id.org/lifeline/purpose/> .
            @prefix basis: <https://w3id.org/lifeline/legal-basis/> .
            @prefix kind: <https://w3id.org/lifeline/agreement-kind/> .
            @prefix gen: <https://w3id.org/lifeline/generalisation/> .
            """;

    /** A valid agreement; each bad case replaces one line. */
    private static final String AGREEMENT = """
            <https://example.org/ag/1> a odrl:Agreement ;
                ll:agreementKind kind:bilateral ;
                ll:party "origin", "host" ;
                dpv:hasPurpose purpose:family-tracing ;
                ll:recipientRole role:consular-services ;
                ll:legalBasis basis:consent ;
                ll:field ll:givenName, ll:familyName ;
                ll:generalisedField [ ll:field ll:placeOfStay ; ll:generalisationLevel gen:country ] ;
                ll:validFrom "2026-01-01T00:00:00Z"^^xsd:dateTime ;
                ll:validUntil "2027-01-01"^^xsd:date .
            """;

    private static Policy load(String name, String turtle) {
        return PolicyLoader.load(name, new ByteArrayInputStream((PREFIXES + turtle).getBytes(StandardCharsets.UTF_8)));
    }

    private static PolicyProblem onlyProblem(String name, String turtle) {
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class, () -> load(name, turtle));
        assertThat(thrown.problems()).hasSize(1);
        return thrown.problems().getFirst();
    }

    @Test
    void loadDefault_hasTheReferenceScenarioAgreements() {
        Policy policy = PolicyLoader.loadDefault();
        String base = "https://w3id.org/lifeline/demo/agreement/";
        assertThat(policy.agreements()).containsOnlyKeys(base + "origin-host-consular", base + "origin-b-host-consular",
                base + "host-io-humanitarian", base + "host-io-aggregates");
        var consular = policy.agreement(base + "origin-host-consular").orElseThrow();
        assertThat(consular.kind()).isEqualTo(AgreementKind.BILATERAL);
        assertThat(consular.parties()).containsExactlyInAnyOrder("origin", "host");
        assertThat(consular.purposes()).containsExactlyInAnyOrder(Purpose.CONSULAR_ASSISTANCE, Purpose.FAMILY_TRACING);
        assertThat(consular.generalisedFields()).containsEntry("placeOfStay", GeneralisationLevel.ADMIN1);
        assertThat(consular.fields()).doesNotContain("immigrationStatus");
        var aggregates = policy.agreement(base + "host-io-aggregates").orElseThrow();
        assertThat(aggregates.legalBases()).containsExactly(LegalBasis.AGREEMENT);
        assertThat(aggregates.validUntil()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    }

    @Test
    void load_validAgreement_readsEveryTerm() {
        var agreement = load("ok.ttl", AGREEMENT).agreement("https://example.org/ag/1").orElseThrow();
        assertThat(agreement.roles()).containsExactly(RecipientRole.CONSULAR_SERVICES);
        assertThat(agreement.fields()).containsExactlyInAnyOrder("givenName", "familyName");
        assertThat(agreement.generalisedFields()).containsEntry("placeOfStay", GeneralisationLevel.COUNTRY);
        assertThat(agreement.validUntil()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void load_syntaxError_namesTheFileAndLine() {
        PolicyProblem problem = onlyProblem("broken.ttl", AGREEMENT.replace(" ;\n    ll:party", "\n    ll:party"));
        assertThat(problem.file()).isEqualTo("broken.ttl");
        assertThat(problem.term()).isEqualTo("syntax");
        assertThat(problem.message()).containsPattern("line: ?\\d+");
    }

    @Test
    void load_unknownPurpose_namesTheAgreementPropertyAndValue() {
        PolicyProblem problem = onlyProblem("p.ttl", AGREEMENT.replace("purpose:family-tracing", "purpose:marketing"));
        assertThat(problem.term()).isEqualTo("<https://example.org/ag/1> <https://w3id.org/dpv#hasPurpose>");
        assertThat(problem.message()).contains("unknown Purpose <https://w3id.org/lifeline/purpose/marketing>");
    }

    @Test
    void load_unknownField_isNamed() {
        PolicyProblem problem = onlyProblem("f.ttl", AGREEMENT.replace("ll:familyName ;", "ll:shoeSize ;"));
        assertThat(problem.term()).isEqualTo("<https://example.org/ag/1> ll:field");
        assertThat(problem.message()).isEqualTo("unknown field ll:shoeSize");
    }

    @Test
    void load_validityEndingBeforeItStarts_isContradictory() {
        PolicyProblem problem = onlyProblem("v.ttl", AGREEMENT.replace("2027-01-01\"^^xsd:date", "2025-01-01\"^^xsd:date"));
        assertThat(problem.term()).isEqualTo("<https://example.org/ag/1>");
        assertThat(problem.message()).contains("validFrom must be before validUntil");
    }

    @Test
    void load_fieldReleasedAndGeneralised_isContradictory() {
        PolicyProblem problem = onlyProblem("g.ttl", AGREEMENT.replace("ll:familyName ;", "ll:placeOfStay ;"));
        assertThat(problem.message()).contains("field placeOfStay is both released and generalised");
    }

    @Test
    void load_levelThatDoesNotFitTheField_isContradictory() {
        PolicyProblem problem = onlyProblem("l.ttl", AGREEMENT.replace("gen:country", "gen:year"));
        assertThat(problem.message()).contains("placeOfStay cannot be generalised to year");
    }

    @Test
    void load_missingAndRepeatedValues_areEachReported() {
        String turtle = AGREEMENT.replace("    ll:validUntil \"2027-01-01\"^^xsd:date .", "    .")
                .replace("kind:bilateral", "kind:bilateral, kind:multilateral");
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class, () -> load("m.ttl", turtle));
        assertThat(thrown.problems()).extracting(PolicyProblem::message)
                .containsExactlyInAnyOrder("has 2 values, expected one", "is required");
        assertThat(thrown.getMessage()).contains("m.ttl: <https://example.org/ag/1> ll:validUntil: is required");
    }

    @Test
    void load_recordLevelGrantToEnforcement_contradictsTheFirewall() {
        PolicyProblem problem = onlyProblem("e.ttl", AGREEMENT.replace("role:consular-services", "role:law-enforcement"));
        assertThat(problem.message()).contains("firewall.no-record-level-to-enforcement");
    }

    @Test
    void load_statusFieldWithoutAggregates_contradictsTheFirewall() {
        PolicyProblem problem = onlyProblem("s.ttl", AGREEMENT.replace("ll:familyName ;", "ll:immigrationStatus ;"));
        assertThat(problem.message()).contains("ll:immigrationStatus").contains("firewall.status-never-leaves");
    }

    @Test
    void load_documentNumberWithoutAPurposeThatNeedsIt_contradictsTheFirewall() {
        PolicyProblem problem = onlyProblem("d.ttl", AGREEMENT.replace("ll:familyName ;", "ll:documentNumber ;"));
        assertThat(problem.message()).contains("firewall.identity-data-needs-purpose");
    }

    @Test
    void load_sameAgreementInTwoFiles_isReportedWithTheSecondFile(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.ttl"), PREFIXES + AGREEMENT);
        Path second = Files.writeString(dir.resolve("second.ttl"), PREFIXES + AGREEMENT);
        assertThatThrownBy(() -> PolicyLoader.load(first, second)).isInstanceOf(PolicyException.class)
                .hasMessageContaining(second + ": <https://example.org/ag/1>: agreement is defined in more than one");
    }

    private static String consentTurtle(ConsentRecord c, String iri) {
        return "<" + iri + "> a ll:ConsentRecord, dpv:Consent ;\n"
                + "  dct:isVersionOf <" + c.id() + "> ; ll:dataSubject <" + c.subject() + "> ;\n"
                + "  ll:version " + c.version() + " ; dpv:hasPurpose purpose:family-tracing ;\n"
                + "  ll:recipient \"origin\" ; ll:field ll:givenName ;\n"
                + "  ll:given \"" + c.given() + "\"^^xsd:dateTime"
                + c.withdrawn().map(w -> " ;\n  ll:withdrawn \"" + w + "\"^^xsd:dateTime").orElse("")
                + c.previousHash().map(h -> " ;\n  ll:previousVersionHash \"" + h + "\"").orElse("") + " .\n";
    }

    private static ConsentRecord firstVersion() {
        return new ConsentRecord("https://host.example/id/consent/7", "https://host.example/id/person/7", 1,
                Set.of(Purpose.FAMILY_TRACING), Set.of("origin"), Set.of(), Set.of("givenName"),
                Instant.parse("2026-01-10T00:00:00Z"), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void load_consentHistory_keepsTheChainAndItsOrder() {
        ConsentRecord v1 = firstVersion();
        ConsentRecord v2 = v1.withdraw(Instant.parse("2026-02-01T00:00:00Z"));
        String turtle = consentTurtle(v2, "https://host.example/id/consent/7/v2")
                + consentTurtle(v1, "https://host.example/id/consent/7/v1");
        var history = load("c.ttl", turtle).consentOf("https://host.example/id/person/7");
        assertThat(history.versions()).containsExactly(v1, v2);
        assertThat(history.breach()).isEmpty();
    }

    @Test
    void load_rewrittenConsentHistory_failsNamingTheBrokenLink() {
        ConsentRecord v1 = firstVersion();
        ConsentRecord v2 = v1.withdraw(Instant.parse("2026-02-01T00:00:00Z"));
        String turtle = consentTurtle(v1, "https://host.example/id/consent/7/v1").replace("2026-01-10", "2026-01-09")
                + consentTurtle(v2, "https://host.example/id/consent/7/v2");
        PolicyProblem problem = onlyProblem("t.ttl", turtle);
        assertThat(problem.message()).contains("consent history of subject <https://host.example/id/person/7> is broken")
                .contains("version 2 does not link to the hash of version 1");
    }
}
