// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.util.Arrays;
import java.util.Optional;
import org.lifeline.vocabulary.LL;

/**
 * The kinds of record a node stores, each with the slug used in record IRIs and APIs (docs/vocabulary.md) and its
 * vocabulary class. {@link #fromName} also takes the short names CSV files use ({@code report}, {@code registration}).
 */
public enum RecordType {
    PERSON("person", LL.Person),
    REPORT("person-report", LL.PersonReport),
    REGISTRATION("consular-registration", LL.ConsularRegistration),
    EVACUATION_REQUEST("evacuation-request", LL.EvacuationRequest),
    EVACUATION_OFFER("evacuation-offer", LL.EvacuationOffer),
    ALERT("crisis-alert", LL.CrisisAlert),
    CONSENT("consent", LL.ConsentRecord),
    AGREEMENT("sharing-agreement", LL.SharingAgreement),
    ORGANISATION("organisation", LL.Organisation),
    NODE("node", LL.Node);

    private final String slug;
    private final String classIri;

    RecordType(String slug, String classIri) {
        this.slug = slug;
        this.classIri = classIri;
    }

    public String slug() {
        return slug;
    }

    public String classIri() {
        return classIri;
    }

    public static Optional<RecordType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    /** A slug or a short name: {@code report} and {@code registration} name the two person-centred record kinds. */
    public static Optional<RecordType> fromName(String name) {
        return switch (name) {
            case "report" -> Optional.of(REPORT);
            case "registration" -> Optional.of(REGISTRATION);
            default -> fromSlug(name);
        };
    }

    public static Optional<RecordType> fromClassIri(String iri) {
        return Arrays.stream(values()).filter(t -> t.classIri.equals(iri)).findFirst();
    }

    /** Slugs joined for error messages ("person, report, ..."). */
    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(RecordType::slug).toList());
    }
}
