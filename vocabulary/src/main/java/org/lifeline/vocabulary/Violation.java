// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import java.util.Objects;
import java.util.Optional;

/**
 * One SHACL violation, in the terms the importer reports a row error with ("file, line, field, reason").
 *
 * @param focus      IRI of the node at fault ({@code {record}#place}), or {@code _:label} for a blank node
 * @param field      local name of the property at fault ({@code admin1}); alternatives are joined with {@code |}
 *                   ({@code givenName|familyName|nameVariant}); empty for a rule on the node as a whole
 * @param message    the shape's {@code sh:message}, written for an operator and free of record values
 * @param value      the offending value (lexical form or IRI), if the constraint names one; may be personal data,
 *                   so it is shown to the operator but left out of {@link #toString()}
 * @param constraint local name of the SHACL constraint component, e.g. {@code PatternConstraintComponent}
 */
public record Violation(String focus, Optional<String> field, String message, Optional<String> value, String constraint) {
    public Violation {
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** Omits {@link #value()}: violations end up in logs, values may identify a person. */
    @Override
    public String toString() {
        return "Violation[focus=" + focus + ", field=" + field.orElse("") + ", constraint=" + constraint
                + ", message=" + message + "]";
    }
}
