// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lifeline.consent.ConsentEngine;
import org.lifeline.consent.Disclosure;
import org.lifeline.consent.model.Concept;
import org.lifeline.consent.model.CrisisLevel;
import org.lifeline.consent.model.DisclosureRequest;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Recipient;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.envelope.RequestEnvelope;
import org.lifeline.node.federation.query.InvalidQueryException;

/**
 * Puts a verified request in front of the consent engine: resolves the invoked agreement and the subject's consent
 * history from the node's policy, the crisis level in force for the record, and builds the recipient from the
 * requester's trust-list entry (never from what the request claims about itself, beyond the role the list allows).
 */
public final class Disclosures {
    private final ConsentEngine engine;
    private final Supplier<Policy> policy;
    private final Function<RecordView, CrisisLevel> crisisLevel;

    public Disclosures(ConsentEngine engine, Supplier<Policy> policy, Function<RecordView, CrisisLevel> crisisLevel) {
        this.engine = engine;
        this.policy = policy;
        this.crisisLevel = crisisLevel;
    }

    /** The request's terms, parsed once per request; unknown terms are a bad request, never a guess. */
    public Terms terms(RequestEnvelope request, Member requester) throws InvalidQueryException {
        RecipientRole role = Concept.parse(RecipientRole.class, request.role())
                .orElseThrow(() -> new InvalidQueryException("role", "is not a recipient role of the vocabulary"));
        Purpose purpose = Concept.parse(Purpose.class, request.purpose())
                .orElseThrow(() -> new InvalidQueryException("purpose", "is not a purpose of the vocabulary"));
        LegalBasis basis = Concept.parse(LegalBasis.class, request.legalBasis())
                .orElseThrow(() -> new InvalidQueryException("legalBasis", "is not a legal basis of the vocabulary"));
        return new Terms(new Recipient(requester.nodeId(), requester.organisation(), role, requester.authorityOf()),
                purpose, basis, request.agreement(), policy.get());
    }

    public Disclosure decide(Terms terms, RecordView record, Instant now) {
        Policy p = terms.policy();
        var request = new DisclosureRequest(terms.recipient(), terms.purpose(), terms.legalBasis(),
                p.agreement(terms.agreementId()), p.consentOf(record.subject()), crisisLevel.apply(record), now);
        return engine.decide(request, record);
    }

    /**
     * Who asks, why and under which agreement, as the engine takes them, and the policy in force when the request
     * arrived: every record of one answer is decided against the same policy, read once.
     */
    public record Terms(Recipient recipient, Purpose purpose, LegalBasis legalBasis, String agreementId, Policy policy) {
    }
}
