// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.consent.model.FieldValue;

/**
 * The engine's answer for one record: a decision for every field of the record, in field-name order.
 * {@link #released()} is the only content that may leave the node.
 */
public record Disclosure(String recordId, List<FieldDecision> decisions) {
    /** Overall outcome: every field released (possibly generalised), some, or none. */
    public enum Outcome { RELEASED, PARTIAL, WITHHELD }

    public Disclosure {
        decisions = List.copyOf(decisions);
    }

    public Outcome outcome() {
        long released = decisions.stream().filter(FieldDecision::released).count();
        if (released == 0) {
            return Outcome.WITHHELD;
        }
        return released == decisions.size() ? Outcome.RELEASED : Outcome.PARTIAL;
    }

    public Optional<FieldDecision> decision(String field) {
        return decisions.stream().filter(d -> d.field().equals(field)).findFirst();
    }

    /** Field to released (possibly generalised) values; withheld fields are absent. */
    public Map<String, List<FieldValue>> released() {
        Map<String, List<FieldValue>> out = new LinkedHashMap<>();
        decisions.stream().filter(FieldDecision::released).forEach(d -> out.put(d.field(), d.values()));
        return Collections.unmodifiableMap(out);
    }

    /** Counts per action, in {@link Action} order, for the exchange log's decision summary. */
    public Map<Action, Long> counts() {
        Map<Action, Long> out = new LinkedHashMap<>();
        for (Action action : Action.values()) {
            out.put(action, decisions.stream().filter(d -> d.action() == action).count());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Human-readable: a header with the outcome, then one line per field (names, rule ids and citations only). */
    public List<String> explain() {
        List<String> lines = new ArrayList<>(decisions.size() + 1);
        Map<Action, Long> counts = counts();
        lines.add("record " + recordId + ": " + outcome() + " (" + counts.get(Action.RELEASE) + " released, "
                + counts.get(Action.GENERALISE) + " generalised, " + counts.get(Action.WITHHOLD) + " withheld)");
        decisions.forEach(d -> lines.add(d.explain()));
        return List.copyOf(lines);
    }
}
