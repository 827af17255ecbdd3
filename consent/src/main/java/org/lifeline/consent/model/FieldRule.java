// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Optional;

/**
 * One check the engine runs for every field. Record-level rules ignore the field and object to all of them alike.
 * A rule is a pure function of its arguments.
 */
public interface FieldRule {
    /** The reason this rule withholds {@code field}, or empty when it has no objection. */
    Optional<Reason> withholds(DecisionContext context, String field);
}
