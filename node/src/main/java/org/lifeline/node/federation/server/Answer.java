// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lifeline.consent.Action;
import org.lifeline.consent.Disclosure;
import org.lifeline.consent.FieldDecision;
import org.lifeline.consent.model.FieldValue;

/**
 * What a handler found and the consent engine let go: the released records (only released or generalised values),
 * each with its per-field decision summary, plus counts over every candidate for the exchange log. Records of which
 * nothing may be released are left out entirely, so the answer does not even reveal that they exist.
 */
public final class Answer {
    private final List<Map<String, Object>> records = new ArrayList<>();
    private final List<Map<String, Object>> decisions = new ArrayList<>();
    private final TreeSet<String> withholdingRules = new TreeSet<>();
    private int released;
    private int generalised;
    private int withheld;

    /** Adds one candidate: counted always, included only when at least one field is released. */
    public void add(Disclosure disclosure, String recordType, Map<String, Object> matchInfo) {
        for (FieldDecision d : disclosure.decisions()) {
            switch (d.action()) {
                case RELEASE -> released++;
                case GENERALISE -> generalised++;
                case WITHHOLD -> {
                    withheld++;
                    withholdingRules.add(d.reason().id());
                }
            }
        }
        if (disclosure.outcome() == Disclosure.Outcome.WITHHELD) {
            return;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordId", disclosure.recordId());
        record.put("type", recordType);
        record.putAll(matchInfo);
        Map<String, Object> fields = new LinkedHashMap<>();
        disclosure.released().forEach((field, values) -> fields.put(field, values.stream().map(Answer::json).toList()));
        record.put("fields", fields);
        records.add(record);
        decisions.add(Map.of("recordId", disclosure.recordId(), "outcome", disclosure.outcome().name().toLowerCase(),
                "fields", disclosure.decisions().stream().map(Answer::summary).toList()));
    }

    private static Map<String, Object> summary(FieldDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", d.field());
        m.put("action", d.action().name().toLowerCase());
        d.level().ifPresent(l -> m.put("level", l.slug()));
        m.put("rule", d.reason().id());
        if (d.action() == Action.WITHHOLD) {
            m.put("why", d.reason().text());
        }
        return m;
    }

    static Object json(FieldValue v) {
        return switch (v) {
            case FieldValue.Place p -> place(p.locality(), p.admin1(), p.country());
            case FieldValue.Contact c -> contact(c.name(), c.telephone(), c.relationship());
            case FieldValue.Quantity q -> q.value();
            default -> v.display();
        };
    }

    private static Map<String, Object> place(Optional<String> locality, Optional<String> admin1, String country) {
        Map<String, Object> m = new LinkedHashMap<>();
        locality.ifPresent(l -> m.put("locality", l));
        admin1.ifPresent(a -> m.put("admin1", a));
        m.put("country", country);
        return m;
    }

    private static Map<String, Object> contact(String name, Optional<String> telephone, Optional<String> relationship) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        telephone.ifPresent(t -> m.put("telephone", t));
        relationship.ifPresent(r -> m.put("relationship", r));
        return m;
    }

    public List<Map<String, Object>> records() {
        return List.copyOf(records);
    }

    public List<Map<String, Object>> decisions() {
        return List.copyOf(decisions);
    }

    public int fieldsReleased() {
        return released;
    }

    public int fieldsGeneralised() {
        return generalised;
    }

    public int fieldsWithheld() {
        return withheld;
    }

    public List<String> withholdingRules() {
        return List.copyOf(withholdingRules);
    }
}
