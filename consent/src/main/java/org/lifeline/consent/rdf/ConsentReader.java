// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import static org.lifeline.consent.rdf.PolicyTerms.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.RecipientRole;

/**
 * Reads {@code ll:ConsentRecord} / {@code dpv:Consent} versions and groups them per subject into histories whose
 * hash chain must be intact: a file with a rewritten history does not load.
 */
final class ConsentReader {
    private ConsentReader() {
    }

    static Optional<ConsentRecord> read(TermReader in, Resource subject) {
        int before = in.count();
        Optional<String> id = in.key(subject, IS_VERSION_OF, true);
        Optional<String> dataSubject = in.key(subject, DATA_SUBJECT, true);
        Optional<Integer> version = in.integer(subject, VERSION);
        Optional<Instant> given = in.instant(subject, GIVEN, true);
        Optional<Instant> expires = in.instant(subject, EXPIRES, false);
        Optional<Instant> withdrawn = in.instant(subject, WITHDRAWN, false);
        Optional<String> previous = in.key(subject, PREVIOUS_HASH, false);
        var purposes = AgreementReader.purposes(in, subject);
        var roles = in.concepts(subject, RECIPIENT_ROLE, RecipientRole.class);
        var fields = in.fields(subject, FIELD);
        if (in.count() > before || id.isEmpty() || dataSubject.isEmpty() || version.isEmpty() || given.isEmpty()) {
            return Optional.empty();
        }
        return in.build(subject, () -> new ConsentRecord(id.get(), dataSubject.get(), version.get(), purposes,
                in.keys(subject, RECIPIENT), roles, fields, given.get(), expires, withdrawn, previous));
    }

    /** Versions grouped by subject, oldest first; a subject whose chain is broken is reported and left out. */
    static Map<String, ConsentHistory> histories(TermReader in, Map<Resource, ConsentRecord> versions) {
        Map<String, List<ConsentRecord>> bySubject = new LinkedHashMap<>();
        Map<String, Resource> anyTerm = new LinkedHashMap<>();
        versions.forEach((term, record) -> {
            bySubject.computeIfAbsent(record.subject(), s -> new ArrayList<>()).add(record);
            anyTerm.putIfAbsent(record.subject(), term);
        });
        Map<String, ConsentHistory> out = new LinkedHashMap<>();
        bySubject.forEach((subject, records) -> {
            records.sort(Comparator.comparingInt(ConsentRecord::version));
            ConsentHistory history = new ConsentHistory(records);
            Optional<String> breach = history.breach();
            if (breach.isPresent()) {
                in.problem(anyTerm.get(subject), "consent history of subject <" + subject + "> is broken: " + breach.get());
            } else {
                out.put(subject, history);
            }
        });
        return out;
    }
}
