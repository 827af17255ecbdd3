// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Optional;

/**
 * A check on the request and the record as a whole: its objection withholds every field with the same reason, so a
 * refused record is explained by one rule. Runs once per decision, before any {@link FieldRule}. Pure.
 */
public interface RecordRule {
    /** The reason every field of the record is withheld, or empty when this rule has no objection. */
    Optional<Reason> refuses(DecisionContext context);
}
