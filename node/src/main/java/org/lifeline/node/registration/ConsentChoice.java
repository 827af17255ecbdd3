// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.util.Set;

/**
 * The consent a registrant gives on the form (R30): purposes and recipient roles as concept slugs
 * ({@code https://w3id.org/lifeline/purpose/<slug>}, {@code .../role/<slug>}), and the fields (local names of
 * {@code ll:} properties) that may be released, or only released generalised. At least one purpose is required.
 */
public record ConsentChoice(Set<String> purposes, Set<String> recipientRoles, Set<String> fields,
                            Set<String> generalisedFields) {
    public ConsentChoice {
        purposes = Set.copyOf(purposes);
        recipientRoles = Set.copyOf(recipientRoles);
        fields = Set.copyOf(fields);
        generalisedFields = Set.copyOf(generalisedFields);
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("consent needs at least one purpose, e.g. consular-assistance");
        }
    }
}
