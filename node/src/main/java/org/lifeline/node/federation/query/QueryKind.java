// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.query;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of federated query a node answers (docs/protocol.md, "Queries"); the slug is the envelope's query kind. */
public enum QueryKind {
    FIND_PERSON("find-person"),
    FIND_REGISTRATIONS("find-registrations"),
    FIND_EVACUATION_OFFERS("find-evacuation-offers");

    private final String slug;

    QueryKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<QueryKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
