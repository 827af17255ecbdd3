// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Optional;

/** A check on one field, run after every {@link RecordRule} has passed. Pure. */
public interface FieldRule {
    /** The reason this rule withholds {@code field}, or empty when it has no objection. */
    Optional<Reason> withholds(DecisionContext context, String field);
}
