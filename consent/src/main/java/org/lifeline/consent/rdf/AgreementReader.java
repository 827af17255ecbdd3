// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import static org.lifeline.consent.rdf.PolicyTerms.*;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;

/** Reads one {@code ll:SharingAgreement} / {@code odrl:Agreement}; its id is its IRI. */
final class AgreementReader {
    private AgreementReader() {
    }

    static Optional<Agreement> read(TermReader in, Resource subject) {
        if (!subject.isURIResource()) {
            in.problem(subject, "an agreement needs an IRI, it is its id");
            return Optional.empty();
        }
        int before = in.count();
        Optional<AgreementKind> kind = in.single(subject, KIND, true)
                .flatMap(node -> in.concept(subject, KIND, node, AgreementKind.class));
        Optional<Instant> from = in.instant(subject, VALID_FROM, true);
        Optional<Instant> until = in.instant(subject, VALID_UNTIL, true);
        Set<Purpose> purposes = purposes(in, subject);
        Set<RecipientRole> roles = in.concepts(subject, RECIPIENT_ROLE, RecipientRole.class);
        Set<LegalBasis> bases = in.concepts(subject, LEGAL_BASIS, LegalBasis.class);
        Set<String> fields = in.fields(subject, FIELD);
        Map<String, GeneralisationLevel> generalised = generalised(in, subject);
        if (in.count() > before || kind.isEmpty() || from.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        Optional<Agreement> agreement = in.build(subject, () -> new Agreement(subject.getURI(), kind.get(),
                in.keys(subject, PARTY), purposes, roles, bases, fields, generalised, from.get(), until.get()));
        agreement.ifPresent(a -> FirewallConflicts.of(a).forEach(conflict -> in.problem(subject, conflict)));
        return agreement;
    }

    /** {@code dpv:hasPurpose}, or its Lifeline sub-property {@code ll:purpose}. */
    static Set<Purpose> purposes(TermReader in, Resource subject) {
        Set<Purpose> purposes = in.concepts(subject, DPV_HAS_PURPOSE, Purpose.class);
        purposes.addAll(in.concepts(subject, PURPOSE, Purpose.class));
        return purposes;
    }

    /** Entries {@code ll:generalisedField [ ll:field ll:placeOfStay ; ll:generalisationLevel <.../admin1> ]}. */
    private static Map<String, GeneralisationLevel> generalised(TermReader in, Resource subject) {
        Map<String, GeneralisationLevel> out = new LinkedHashMap<>();
        for (RDFNode node : in.objects(subject, GENERALISED_FIELD)) {
            if (!node.isResource()) {
                in.problem(subject, GENERALISED_FIELD, "needs a node with ll:field and ll:generalisationLevel");
                continue;
            }
            Resource entry = node.asResource();
            Optional<String> field = in.single(entry, FIELD, true).flatMap(f -> in.field(entry, FIELD, f));
            Optional<GeneralisationLevel> level = in.single(entry, GENERALISATION_LEVEL, true)
                    .flatMap(l -> in.concept(entry, GENERALISATION_LEVEL, l, GeneralisationLevel.class));
            if (field.isPresent() && level.isPresent() && out.put(field.get(), level.get()) != null) {
                in.problem(subject, GENERALISED_FIELD, "field ll:" + field.get() + " is generalised twice");
            }
        }
        return out;
    }
}
