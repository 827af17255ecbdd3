// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.lifeline.consent.ConsentEngine;
import org.lifeline.consent.model.CrisisLevel;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Recipient;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;

/** What {@code lifeline policy explain --record R --as ROLE --purpose P} does: RDF record + policy -> explanation. */
class PolicyExplainTest {
    private static final String PERSON = """
            @prefix ll: <https://w3id.org/lifeline/ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://host.example/id/person/9> a ll:Person ;
                ll:givenName "Amina" ; ll:familyName "Haddad" ;
                ll:birthDate "1990-05-12"^^xsd:date ;
                ll:nationality "XA" ;
                ll:immigrationStatus "irregular" ;
                ll:protectionStatus <https://w3id.org/lifeline/protection-status/refugee> ;
                ll:placeOfStay [ ll:locality "Shelter 4" ; ll:admin1 "XH-03" ; ll:country "XH" ] ;
                ll:emergencyContact [ ll:contactName "Sara" ; ll:telephone "+000 1" ] ;
                ll:shoeSize "42" .
            """;

    private static RecordView person() {
        Model model = ModelFactory.createDefaultModel().read(new StringReader(PERSON), null, "TTL");
        return RdfRecords.view(model.getResource("https://host.example/id/person/9"), "person-9");
    }

    @Test
    void view_mapsCataloguedPropertiesByKindAndDropsOthers() {
        RecordView view = person();
        assertThat(view.subject()).isEqualTo("https://host.example/id/person/9");
        assertThat(view.fields()).doesNotContainKey("shoeSize");
        assertThat(view.values("birthDate")).containsExactly(FieldValue.PartialDate.parse("1990-05-12"));
        assertThat(view.values("placeOfStay")).extracting(FieldValue::display).containsExactly("Shelter 4, XH-03, XH");
        assertThat(view.values("protectionStatus")).extracting(FieldValue::display)
                .containsExactly("https://w3id.org/lifeline/protection-status/refugee");
    }

    @Test
    void explain_asOriginConsulateForTracing_namesTheFirewallForARefugeeNational() {
        Policy policy = PolicyLoader.loadDefault();
        Recipient consulate = new Recipient("origin", "Ministry of A", RecipientRole.CONSULAR_SERVICES, Set.of("XA"));
        var request = policy.request(consulate, Purpose.FAMILY_TRACING, LegalBasis.VITAL_INTEREST,
                "https://w3id.org/lifeline/demo/agreement/origin-host-consular", CrisisLevel.of(4),
                Instant.parse("2026-03-02T10:00:00Z"), person().subject());
        var lines = ConsentEngine.standard().decide(request, person()).explain();
        assertThat(lines.getFirst()).isEqualTo("record person-9: WITHHELD (0 released, 0 generalised, 8 withheld)");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("by firewall.refugee-to-origin-state"));
    }
}
