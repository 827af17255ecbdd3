// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.lifeline.node.store.Provenance;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;

class PersonFeaturesTest {
    static StoredRecord stored(RecordRef ref, String turtleBody) {
        String ttl = "@prefix ll: <https://w3id.org/lifeline/ns#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                + turtleBody.replace("<R>", "<" + ref.iri() + ">");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).lang(Lang.TURTLE).parse(g);
        return new StoredRecord(ref, g, Provenance.file("host", "t.csv", 1, Instant.EPOCH, "test"), Optional.empty(), "h");
    }

    @Test
    void personRecord_carriesItsFields() {
        var ref = new RecordRef("host", RecordType.PERSON, "p1");
        var f = PersonFeatures.from(stored(ref, """
                <R> a ll:Person ; ll:givenName "Мухаммед" ; ll:familyName "Алиев" ; ll:nameVariant "Mukhammed Aliev"@und-Latn ;
                   ll:sex "male" ; ll:birthDate "1980-05"^^xsd:gYearMonth ; ll:nationality "XA", "XB" ;
                   ll:placeOfStay <R#place> .
                <R#place> ll:admin1 "XH-3" ; ll:country "XH" .
                """)).orElseThrow();
        assertThat(f.givenNames()).containsExactly("mukhammed");
        assertThat(f.familyNames()).containsExactly("aliyev");
        assertThat(f.otherNames()).containsExactly("mukhammed aliev");
        assertThat(f.birthDate()).contains(new PartialDate(1980, 5, 0));
        assertThat(f.sex()).isEqualTo(Sex.MALE);
        assertThat(f.nationalities()).containsExactlyInAnyOrder("XA", "XB");
        assertThat(f.admin1()).containsExactly("XH-3");
        assertThat(f.countries()).containsExactly("XH");
    }

    @Test
    void report_readsThePersonItIsAbout_andTheLastKnownPlace() {
        var ref = new RecordRef("host", RecordType.REPORT, "r1");
        var f = PersonFeatures.from(stored(ref, """
                <R> a ll:PersonReport ; ll:about <R#person> ; ll:lastKnownPlace <R#place> .
                <R#person> a ll:Person ; ll:givenName "Olga" ; ll:birthDate "1971"^^xsd:gYear .
                <R#place> ll:admin1 "XH-2" .
                """)).orElseThrow();
        assertThat(f.givenNames()).containsExactly("olga");
        assertThat(f.birthDate()).contains(new PartialDate(1971, 0, 0));
        assertThat(f.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(f.admin1()).containsExactly("XH-2");
    }

    @Test
    void recordsOfOtherTypes_haveNoFeatures() {
        var ref = new RecordRef("host", RecordType.AGREEMENT, "a1");
        assertThat(PersonFeatures.from(stored(ref, "<R> a ll:SharingAgreement ; ll:givenName \"X\" ."))).isEmpty();
    }
}
