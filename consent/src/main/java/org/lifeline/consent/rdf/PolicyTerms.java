// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.lifeline.vocabulary.LL;
import org.lifeline.vocabulary.Namespaces;

/** The RDF terms policy files use: Lifeline's own, aligned with ODRL and DPV where those have the concept. */
final class PolicyTerms {
    static final Resource SHARING_AGREEMENT = resource(LL.SharingAgreement);
    static final Resource ODRL_AGREEMENT = resource(Namespaces.ODRL + "Agreement");
    static final Resource CONSENT_RECORD = resource(LL.ConsentRecord);
    static final Resource DPV_CONSENT = resource(Namespaces.DPV + "Consent");

    static final Property DPV_HAS_PURPOSE = property(Namespaces.DPV + "hasPurpose");
    static final Property PURPOSE = property(LL.purpose);
    static final Property KIND = property(LL.agreementKind);
    static final Property PARTY = property(LL.party);
    static final Property RECIPIENT_ROLE = property(LL.recipientRole);
    static final Property RECIPIENT = property(LL.recipient);
    static final Property LEGAL_BASIS = property(LL.legalBasis);
    static final Property FIELD = property(LL.field);
    static final Property GENERALISED_FIELD = property(LL.generalisedField);
    /** Not yet in lifeline.ttl: the level of an {@code ll:generalisedField} entry. */
    static final Property GENERALISATION_LEVEL = property(LL.NS + "generalisationLevel");
    static final Property VALID_FROM = property(LL.validFrom);
    static final Property VALID_UNTIL = property(LL.validUntil);
    static final Property DATA_SUBJECT = property(LL.dataSubject);
    static final Property VERSION = property(LL.version);
    static final Property PREVIOUS_HASH = property(LL.previousVersionHash);
    static final Property GIVEN = property(LL.given);
    static final Property EXPIRES = property(LL.expires);
    static final Property WITHDRAWN = property(LL.withdrawn);
    /** The consent a version belongs to. */
    static final Property IS_VERSION_OF = property(Namespaces.DCT + "isVersionOf");

    private PolicyTerms() {
    }

    private static Resource resource(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property property(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
