// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import java.util.List;
import java.util.Optional;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.Reason;

/**
 * The decision for one field. A withheld field carries no values at all, only its name and the reason, so a withheld
 * value cannot leak through a disclosure; a generalised one carries only the coarsened values.
 */
public record FieldDecision(String field, Action action, Optional<GeneralisationLevel> level,
        List<FieldValue> values, Reason reason) {

    public FieldDecision {
        values = List.copyOf(values);
        if ((action == Action.WITHHOLD) != values.isEmpty()) {
            throw new IllegalArgumentException("field " + field + ": values are present exactly when not withheld");
        }
        if ((action == Action.GENERALISE) != level.isPresent()) {
            throw new IllegalArgumentException("field " + field + ": a level is present exactly when generalised");
        }
    }

    static FieldDecision release(String field, List<FieldValue> values, Reason reason) {
        return new FieldDecision(field, Action.RELEASE, Optional.empty(), values, reason);
    }

    static FieldDecision generalise(String field, GeneralisationLevel level, List<FieldValue> values, Reason reason) {
        return new FieldDecision(field, Action.GENERALISE, Optional.of(level), values, reason);
    }

    static FieldDecision withhold(String field, Reason reason) {
        return new FieldDecision(field, Action.WITHHOLD, Optional.empty(), List.of(), reason);
    }

    public boolean released() {
        return action != Action.WITHHOLD;
    }

    /** One line for operators and auditors: field, outcome, rule id, why, and the guideline it rests on. */
    public String explain() {
        String outcome = level.map(l -> action.name() + " to " + l.slug()).orElse(action.name());
        return field + ": " + outcome + " by " + reason.id() + " - " + reason.text() + " [" + reason.citation() + "]";
    }
}
