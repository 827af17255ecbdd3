// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A term of one of Lifeline's controlled concept schemes, {@code https://w3id.org/lifeline/<scheme>/<slug>}.
 * Implemented by enums whose constant names are the slugs in upper snake case, so the slug never drifts from the name.
 */
public interface Concept {
    String BASE = "https://w3id.org/lifeline/";

    /** Path segment of the scheme, e.g. {@code role}. */
    String scheme();

    /** Supplied by {@link Enum}. */
    String name();

    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default String iri() {
        return BASE + scheme() + "/" + slug();
    }

    /** Accepts the full IRI or the bare slug; anything else is empty (callers decide whether that is an error). */
    static <E extends Enum<E> & Concept> Optional<E> parse(Class<E> type, String iriOrSlug) {
        for (E constant : type.getEnumConstants()) {
            if (constant.iri().equals(iriOrSlug) || constant.slug().equals(iriOrSlug)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
