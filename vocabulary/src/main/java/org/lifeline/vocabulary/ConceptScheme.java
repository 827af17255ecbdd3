// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SKOS concept schemes of {@code lifeline.ttl}. A concept's IRI is {@code https://w3id.org/lifeline/{scheme}/{slug}}
 * and its {@code skos:notation} is the slug (the integer level for alert levels).
 */
public enum ConceptScheme {
    ROLE("role"),
    PURPOSE("purpose"),
    LEGAL_BASIS("legal-basis"),
    AGREEMENT_KIND("agreement-kind"),
    REPORT_STATUS("report-status"),
    PROTECTION_STATUS("protection-status"),
    REGISTRATION_STATUS("registration-status"),
    REGISTRATION_BASIS("registration-basis"),
    DOCUMENT_STATUS("document-status"),
    ALERT_LEVEL("alert-level");

    private static final String BASE = "https://w3id.org/lifeline/";
    /** Lower-case words joined by hyphens, or a number: no dot segments or separators that could leave the scheme. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private final String iri;

    ConceptScheme(String path) {
        this.iri = BASE + path;
    }

    /** IRI of the scheme itself, e.g. {@code https://w3id.org/lifeline/role}. */
    public String iri() {
        return iri;
    }

    /** IRI of a concept in this scheme; does not check that the ontology declares it. */
    public String concept(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("concept slug must be lower-case words joined by '-': " + slug);
        }
        return iri + "/" + slug;
    }

    /** The slug of {@code conceptIri} if it lies directly under this scheme. */
    public Optional<String> slugOf(String conceptIri) {
        String prefix = iri + "/";
        if (!conceptIri.startsWith(prefix)) {
            return Optional.empty();
        }
        String slug = conceptIri.substring(prefix.length());
        return SLUG.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
    }
}
