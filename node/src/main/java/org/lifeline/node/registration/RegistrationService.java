// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lifeline.node.store.NewRecord;
import org.lifeline.node.store.Provenance;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordStore;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.vocabulary.ConceptScheme;
import org.lifeline.vocabulary.LL;
import org.lifeline.vocabulary.Shapes;
import org.lifeline.vocabulary.Violation;

/**
 * Registers nationals abroad and de-registers them (R1-R4) in the node's store. A registration and its consent record
 * are validated against the shapes and written in one {@link RecordStore#putAll} transaction, so there is never a
 * registration without its consent. The consent record's id is the registration's id + {@value #CONSENT_SUFFIX}.
 */
public final class RegistrationService {
    static final String CONSENT_SUFFIX = ".consent";

    private final RecordStore store;
    private final String nodeId;
    private final RetentionPolicy retention;
    private final Clock clock;
    private final RandomGenerator random;

    public RegistrationService(RecordStore store, String nodeId, RetentionPolicy retention, Clock clock,
                               RandomGenerator random) {
        this.store = store;
        this.nodeId = nodeId;
        this.retention = retention;
        this.clock = clock;
        this.random = random;
    }

    /** Stores the registration (status active, basis voluntary) and the consent captured with it. */
    public RegistrationOutcome register(RegistrationForm form, String operator) {
        Instant now = clock.instant();
        RecordRef ref = new RecordRef(nodeId, RecordType.REGISTRATION, "CR-" + HexFormat.of().toHexDigits(random.nextLong()));
        RecordRef consentRef = consentOf(ref);
        Graph registration = RegistrationGraphs.registration(ref, form, LocalDate.ofInstant(now, ZoneOffset.UTC));
        Graph consent = RegistrationGraphs.consent(consentRef, ref, form.consent(), now);
        List<Violation> violations = new ArrayList<>(Shapes.lifeline().validate(registration).violations());
        violations.addAll(Shapes.lifeline().validate(consent).violations());
        if (!violations.isEmpty()) {
            return new RegistrationOutcome.Invalid(violations);
        }
        Provenance provenance = Provenance.api(nodeId, now, operator);
        store.putAll(List.of(new NewRecord(ref, registration, provenance, Optional.empty()),
                new NewRecord(consentRef, consent, provenance, Optional.empty())));
        return new RegistrationOutcome.Registered(ref, consentRef);
    }

    public static RecordRef consentOf(RecordRef registration) {
        return new RecordRef(registration.nodeId(), RecordType.CONSENT, registration.recordId() + CONSENT_SUFFIX);
    }

    /**
     * Ends an active registration. ERASE removes it and its consent record; ARCHIVE sets the status (returned or
     * de-registered) and de-registration date, withdraws the consent as a new version linked to the previous one by
     * its content hash, and gives both records a retention expiry {@code archiveFor} from now.
     */
    public DeregistrationOutcome deregister(RecordRef registration, DeregistrationReason reason, String operator) {
        Optional<StoredRecord> stored = store.get(registration);
        if (stored.isEmpty()) {
            return new DeregistrationOutcome.NotFound(registration);
        }
        if (!RegisteredNationals.isActive(stored.get())) {
            return new DeregistrationOutcome.NotActive(registration);
        }
        RecordRef consentRef = consentOf(registration);
        if (retention.onDeregistration() == RetentionPolicy.Mode.ERASE) {
            store.erase(registration);
            store.erase(consentRef);
            return new DeregistrationOutcome.Erased(registration);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(retention.archiveFor());
        Provenance provenance = Provenance.api(nodeId, now, operator);
        List<NewRecord> archived = new ArrayList<>();
        archived.add(new NewRecord(registration, archivedRegistration(stored.get(), reason, now), provenance,
                Optional.of(expires)));
        store.get(consentRef).ifPresent(c -> archived.add(new NewRecord(consentRef, withdrawnConsent(c, now),
                provenance, Optional.of(expires))));
        store.putAll(archived);
        return new DeregistrationOutcome.Archived(registration, expires);
    }

    private static Graph archivedRegistration(StoredRecord stored, DeregistrationReason reason, Instant now) {
        Graph g = stored.graph();
        Node reg = RegistrationGraphs.uri(stored.ref().iri());
        g.remove(reg, RegistrationGraphs.uri(LL.registrationStatus), Node.ANY);
        g.add(reg, RegistrationGraphs.uri(LL.registrationStatus),
                RegistrationGraphs.uri(ConceptScheme.REGISTRATION_STATUS.concept(reason.status())));
        g.add(reg, RegistrationGraphs.uri(LL.deregisteredOn),
                RegistrationGraphs.date(LocalDate.ofInstant(now, ZoneOffset.UTC)));
        return g;
    }

    /** R30: each change is a new version carrying the SHA-256 content hash of the previous one. */
    private static Graph withdrawnConsent(StoredRecord stored, Instant now) {
        Graph g = stored.graph();
        Node c = RegistrationGraphs.uri(stored.ref().iri());
        Node version = RegistrationGraphs.uri(LL.version);
        long previous = g.find(c, version, Node.ANY).nextOptional()
                .map(t -> Long.parseLong(t.getObject().getLiteralLexicalForm())).orElse(1L);
        g.remove(c, version, Node.ANY);
        g.remove(c, RegistrationGraphs.uri(LL.previousVersionHash), Node.ANY);
        g.add(c, version, NodeFactory.createLiteralDT(Long.toString(previous + 1), XSDDatatype.XSDinteger));
        g.add(c, RegistrationGraphs.uri(LL.previousVersionHash), RegistrationGraphs.str(stored.contentHash()));
        g.add(c, RegistrationGraphs.uri(LL.withdrawn), RegistrationGraphs.dateTime(now));
        return g;
    }
}
