// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordRef;
import org.lifeline.vocabulary.ConceptScheme;
import org.lifeline.vocabulary.LL;

/**
 * The RDF of a registration and of its consent record, shaped as {@code ConsularRegistrationShape} and
 * {@code ConsentRecordShape} require (see the vocabulary's examples). Parts are IRIs under the record IRI
 * ({@code #person}, {@code #place}, {@code #contact1}, {@code #dependant1}), so a record re-built from the same form
 * has the same content hash. The registrant's {@code sourceChannel} is {@code self-registration} (R6).
 */
final class RegistrationGraphs {
    private RegistrationGraphs() {
    }

    static String personIri(RecordRef registration) {
        return registration.iri() + "#person";
    }

    static Graph registration(RecordRef ref, RegistrationForm form, LocalDate registeredOn) {
        var g = new Builder(GraphFactory.createDefaultGraph());
        Node reg = uri(ref.iri());
        g.add(reg, RDF.type.getURI(), uri(LL.ConsularRegistration));
        g.add(reg, LL.recordId, str(ref.recordId()));
        g.add(reg, LL.registeredOn, date(registeredOn));
        g.add(reg, LL.registrationBasis, uri(ConceptScheme.REGISTRATION_BASIS.concept("voluntary")));
        g.add(reg, LL.registrationStatus, uri(ConceptScheme.REGISTRATION_STATUS.concept("active")));
        form.stayFrom().ifPresent(d -> g.add(reg, LL.stayFrom, date(d)));
        form.stayUntil().ifPresent(d -> g.add(reg, LL.stayUntil, date(d)));
        Node person = uri(personIri(ref));
        g.add(reg, LL.registrant, person);
        g.add(person, RDF.type.getURI(), uri(LL.Person));
        form.givenName().ifPresent(n -> g.add(person, LL.givenName, str(n)));
        form.familyName().ifPresent(n -> g.add(person, LL.familyName, str(n)));
        form.nationalities().forEach(n -> g.add(person, LL.nationality, str(n)));
        form.languages().forEach(l -> g.add(person, LL.language, str(l)));
        form.telephone().ifPresent(t -> g.add(person, LL.telephone, str(t)));
        form.email().ifPresent(e -> g.add(person, LL.email, str(e)));
        g.add(person, LL.sourceChannel, str("self-registration"));
        g.add(person, LL.placeOfStay, place(g, ref, form.locality(), form.placeOfStay()));
        contacts(g, ref, person, form.emergencyContacts());
        dependants(g, ref, reg, form.dependants());
        return g.graph;
    }

    private static Node place(Builder g, RecordRef ref, Optional<String> locality, AreaCode area) {
        Node place = uri(ref.iri() + "#place");
        g.add(place, RDF.type.getURI(), uri(LL.Place));
        locality.ifPresent(l -> g.add(place, LL.locality, str(l)));
        if (!area.isCountry()) {
            g.add(place, LL.admin1, str(area.code()));
        }
        g.add(place, LL.country, str(area.country()));
        return place;
    }

    private static void contacts(Builder g, RecordRef ref, Node person, List<RegistrationForm.EmergencyContact> all) {
        parts(g, ref, person, LL.emergencyContact, "#contact", LL.Contact, all, (contact, c) -> {
            c.name().ifPresent(n -> g.add(contact, LL.contactName, str(n)));
            c.telephone().ifPresent(t -> g.add(contact, LL.telephone, str(t)));
            c.relationship().ifPresent(r -> g.add(contact, LL.relationship, str(r)));
        });
    }

    private static void dependants(Builder g, RecordRef ref, Node reg, List<RegistrationForm.Dependant> all) {
        parts(g, ref, reg, LL.dependant, "#dependant", LL.Person, all, (dependant, d) -> {
            d.givenName().ifPresent(n -> g.add(dependant, LL.givenName, str(n)));
            d.familyName().ifPresent(n -> g.add(dependant, LL.familyName, str(n)));
            d.birthYear().ifPresent(y -> g.add(dependant, LL.birthDate,
                    NodeFactory.createLiteralDT(y.toString(), XSDDatatype.XSDgYear)));
            d.nationalities().forEach(n -> g.add(dependant, LL.nationality, str(n)));
        });
    }

    /** Numbered part nodes {@code <record>#<name><n>} (n from 1) of one class, linked from {@code owner}. */
    private static <T> void parts(Builder g, RecordRef ref, Node owner, String link, String fragment, String type,
                                  List<T> items, BiConsumer<Node, T> fill) {
        for (int i = 0; i < items.size(); i++) {
            Node part = uri(ref.iri() + fragment + (i + 1));
            g.add(owner, link, part);
            g.add(part, RDF.type.getURI(), uri(type));
            fill.accept(part, items.get(i));
        }
    }

    /** Version 1 of the consent captured at registration; the data subject is the registrant's person node. */
    static Graph consent(RecordRef consentRef, RecordRef registration, ConsentChoice choice, Instant given) {
        var g = new Builder(GraphFactory.createDefaultGraph());
        Node c = uri(consentRef.iri());
        g.add(c, RDF.type.getURI(), uri(LL.ConsentRecord));
        g.add(c, LL.recordId, str(consentRef.recordId()));
        g.add(c, LL.dataSubject, uri(personIri(registration)));
        choice.purposes().forEach(p -> g.add(c, LL.purpose, uri(ConceptScheme.PURPOSE.concept(p))));
        choice.recipientRoles().forEach(r -> g.add(c, LL.recipientRole, uri(ConceptScheme.ROLE.concept(r))));
        choice.fields().forEach(f -> g.add(c, LL.field, uri(LL.NS + f)));
        choice.generalisedFields().forEach(f -> g.add(c, LL.generalisedField, uri(LL.NS + f)));
        g.add(c, LL.given, dateTime(given));
        g.add(c, LL.version, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        return g.graph;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node str(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    /** Adds triples with the predicate given as an IRI string, which keeps the builders above one line per field. */
    record Builder(Graph graph) {
        void add(Node s, String predicate, Node o) {
            graph.add(s, uri(predicate), o);
        }
    }
}
