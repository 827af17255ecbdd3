// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A record as the engine sees it: field name ({@code ll:} local name) to its values, in field-name order so
 * decisions come out in a stable order. Mapping a stored RDF record to this view is the store's job.
 *
 * @param recordId stable id of the record within its node (for explanations and the exchange log)
 * @param subject  the data subject's id, matched against {@link ConsentRecord#subject()}
 */
public record RecordView(String recordId, String subject, Map<String, List<FieldValue>> fields) {
    public RecordView {
        if (recordId.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("record id and subject must not be blank");
        }
        TreeMap<String, List<FieldValue>> sorted = new TreeMap<>();
        fields.forEach((field, values) -> sorted.put(field, checked(recordId, field, values)));
        fields = Collections.unmodifiableSortedMap(sorted);
    }

    private static List<FieldValue> checked(String recordId, String field, List<FieldValue> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("record " + recordId + ": field " + field + " has no values");
        }
        FieldCatalogue.kindOf(field).ifPresent(kind -> values.forEach(v -> {
            if (v.kind() != kind || v instanceof FieldValue.AgeBand) {
                throw new IllegalArgumentException(
                        "record " + recordId + ": field " + field + " needs " + kind + " values, got " + v.kind());
            }
        }));
        return List.copyOf(values);
    }

    public List<FieldValue> values(String field) {
        return fields.getOrDefault(field, List.of());
    }
}
