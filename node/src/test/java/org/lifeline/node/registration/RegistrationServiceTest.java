// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordGraphs;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.node.store.tdb.TdbRecordStore;
import org.lifeline.node.testing.SettableClock;
import org.lifeline.vocabulary.LL;
import org.lifeline.vocabulary.Shapes;

class RegistrationServiceTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private final TdbRecordStore store = TdbRecordStore.inMemory();
    private final SettableClock clock = new SettableClock(T0);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void register_writesShapeValidRegistrationAndConsentRecord() {
        var registered = registered(service(RetentionPolicy.erase()).register(form("HT-OU", "+509 3700 0042"), "web"));

        StoredRecord registration = store.get(registered.registration()).orElseThrow();
        StoredRecord consent = store.get(registered.consent()).orElseThrow();
        assertThat(conformance(registration).violations()).isEmpty();
        assertThat(conformance(consent).violations()).isEmpty();
        assertThat(value(consent.graph(), registered.consent(), LL.dataSubject))
                .isEqualTo(registered.registration().iri() + "#person");
        assertThat(value(registration.graph(), registered.registration(), LL.registrationStatus))
                .isEqualTo("https://w3id.org/lifeline/registration-status/active");
        assertThat(registered.consent()).isEqualTo(RegistrationService.consentOf(registered.registration()));
    }

    @Test
    void register_badTelephone_isInvalid_andStoresNothing() {
        var outcome = service(RetentionPolicy.erase()).register(form("HT-OU", "call me maybe"), "web");
        assertThat(outcome).isInstanceOfSatisfying(RegistrationOutcome.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.field().orElse("")).contains("telephone"));
        assertThat(store.count(org.lifeline.node.store.RecordType.REGISTRATION)).isZero();
    }

    @Test
    void deregister_underErasePolicy_removesBothRecords() {
        var service = service(RetentionPolicy.erase());
        var registered = registered(service.register(form("HT-OU", "+509 3700 0042"), "web"));
        assertThat(service.deregister(registered.registration(), DeregistrationReason.RETURNED, "consul"))
                .isEqualTo(new DeregistrationOutcome.Erased(registered.registration()));
        assertThat(store.get(registered.registration())).isEmpty();
        assertThat(store.get(registered.consent())).isEmpty();
        assertThat(service.deregister(registered.registration(), DeregistrationReason.RETURNED, "consul"))
                .isInstanceOf(DeregistrationOutcome.NotFound.class);
    }

    @Test
    void deregister_underArchivePolicy_keepsShapeValidRecordsUntilShorterExpiry() {
        var service = service(RetentionPolicy.archive(Duration.ofDays(90)));
        var registered = registered(service.register(form("HT-OU", "+509 3700 0042"), "web"));
        String consentHashBefore = store.get(registered.consent()).orElseThrow().contentHash();
        clock.advance(Duration.ofDays(10));

        var outcome = service.deregister(registered.registration(), DeregistrationReason.ON_REQUEST, "consul");

        Instant expires = clock.instant().plus(Duration.ofDays(90));
        assertThat(outcome).isEqualTo(new DeregistrationOutcome.Archived(registered.registration(), expires));
        StoredRecord archived = store.get(registered.registration()).orElseThrow();
        StoredRecord consent = store.get(registered.consent()).orElseThrow();
        assertThat(conformance(archived).violations()).isEmpty();
        assertThat(conformance(consent).violations()).isEmpty();
        assertThat(value(archived.graph(), registered.registration(), LL.registrationStatus))
                .isEqualTo("https://w3id.org/lifeline/registration-status/de-registered");
        assertThat(value(archived.graph(), registered.registration(), LL.deregisteredOn)).isEqualTo("2026-03-11");
        assertThat(value(consent.graph(), registered.consent(), LL.version)).isEqualTo("2");
        assertThat(value(consent.graph(), registered.consent(), LL.previousVersionHash)).isEqualTo(consentHashBefore);
        assertThat(archived.expiresOn()).contains(expires);
        assertThat(store.purgeExpired(expires.plusSeconds(1)).erased())
                .containsExactlyInAnyOrder(registered.registration(), registered.consent());
    }

    @Test
    void nationalsInArea_listsActiveRegistrations_countryCoversSubdivisions() {
        var service = service(RetentionPolicy.archive(Duration.ofDays(90)));
        RecordRef inOuest = registered(service.register(form("HT-OU", "+509 3700 0001"), "web")).registration();
        RecordRef inSudEst = registered(service.register(form("HT-SE", "+509 3700 0002"), "web")).registration();
        RecordRef countryOnly = registered(service.register(form("HT", "+509 3700 0003"), "web")).registration();
        RecordRef returned = registered(service.register(form("HT-OU", "+509 3700 0004"), "web")).registration();
        service.deregister(returned, DeregistrationReason.RETURNED, "consul");

        assertThat(RegisteredNationals.inArea(store, AreaCode.of("HT-OU")))
                .containsExactly(new RegisteredNational(inOuest, AreaCode.of("HT-OU"), 2));
        assertThat(RegisteredNationals.inArea(store, AreaCode.of("HT"))).extracting(RegisteredNational::registration)
                .containsExactlyInAnyOrder(inOuest, inSudEst, countryOnly);
        assertThat(RegisteredNationals.inArea(store, AreaCode.of("DO"))).isEmpty();
    }

    private RegistrationService service(RetentionPolicy policy) {
        return new RegistrationService(store, "origin.example", policy, clock, new Random(7));
    }

    private static RegistrationForm form(String area, String telephone) {
        return new RegistrationForm(Optional.of("Layla"), Optional.of("Haddad"), Set.of("XA"), Set.of("ar", "fr"),
                Optional.of(telephone), Optional.of("layla@example.org"), Optional.of("Jacmel"), AreaCode.of(area),
                List.of(new RegistrationForm.EmergencyContact(Optional.of("Fadi Haddad"), Optional.of("+961 3 000 042"),
                        Optional.of("brother"))),
                List.of(new RegistrationForm.Dependant(Optional.of("Sami"), Optional.of("Haddad"),
                        Optional.of(Year.of(2016)), Set.of("XA"))),
                Optional.of(LocalDate.parse("2026-01-15")), Optional.of(LocalDate.parse("2026-12-31")),
                new ConsentChoice(Set.of("consular-assistance", "evacuation"), Set.of("consular-services"),
                        Set.of("givenName", "familyName", "telephone", "placeOfStay"), Set.of()));
    }

    private static RegistrationOutcome.Registered registered(RegistrationOutcome outcome) {
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
        return (RegistrationOutcome.Registered) outcome;
    }

    /**
     * Shapes over the record's data as written (RecordGraphs.canonical drops the store's own metadata triples: the
     * store writes ll:sourceNode as a literal where the shapes ask for an IRI, reported to the lead).
     */
    private static org.lifeline.vocabulary.ValidationResult conformance(StoredRecord r) {
        return Shapes.lifeline().validate(RecordGraphs.canonical(r.ref().iri(), r.graph()));
    }

    private static String value(Graph g, RecordRef subject, String predicate) {
        Node o = g.find(NodeFactory.createURI(subject.iri()), NodeFactory.createURI(predicate), Node.ANY)
                .next().getObject();
        return o.isURI() ? o.getURI() : o.getLiteralLexicalForm();
    }
}
