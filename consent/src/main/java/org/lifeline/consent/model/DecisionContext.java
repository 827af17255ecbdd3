// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** The inputs of one decision plus the facts derived from them once, shared by every {@link FieldRule}. */
public record DecisionContext(DisclosureRequest request, RecordView record, SubjectFacts subject,
        ConsentState consent) {

    public static DecisionContext of(DisclosureRequest request, RecordView record) {
        return new DecisionContext(request, record, SubjectFacts.of(record, request.now()),
                ConsentState.of(request.consent(), record.subject(), request.now()));
    }
}
