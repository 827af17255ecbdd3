// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PFIF 1.4 field lists, in the specification's order, which of them the vocabulary maps, and the note status
 * values. Field names and order follow the PFIF 1.4 specification (zesty.ca/pfif/1.4).
 */
final class PfifFields {
    static final String NS = "http://zesty.ca/pfif/1.4";
    static final List<String> PERSON = List.of("person_record_id", "entry_date", "expiry_date", "author_name",
            "author_email", "author_phone", "source_name", "source_date", "source_url", "full_name", "given_name",
            "family_name", "alternate_names", "description", "sex", "date_of_birth", "age", "home_street",
            "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country", "photo_url", "profile_urls");
    static final List<String> NOTE = List.of("note_record_id", "person_record_id", "linked_person_record_id",
            "entry_date", "author_name", "author_email", "author_phone", "source_date", "author_made_contact", "status",
            "email_of_found_person", "phone_of_found_person", "last_known_location", "text", "photo_url");
    /** Fields with a vocabulary term (or, for ids and dates, a place in the record's address and provenance). */
    static final Set<String> PERSON_MAPPED = Set.of("person_record_id", "entry_date", "expiry_date", "author_name",
            "source_date", "full_name", "given_name", "family_name", "alternate_names", "sex", "date_of_birth",
            "home_street", "home_city", "home_state", "home_country");
    static final Set<String> NOTE_MAPPED = Set.of("note_record_id", "person_record_id", "entry_date", "author_name",
            "source_date", "status", "last_known_location");
    /** Kept in a placeholder for an expired person (PFIF 1.4, "expiry_date"). */
    static final List<String> PLACEHOLDER = List.of("person_record_id", "entry_date", "expiry_date", "source_date");

    /** PFIF note status to report-status slug; is_note_author (the sought person wrote the note) means found alive. */
    private static final Map<String, String> STATUS_IN = Map.of("information_sought", "information-sought",
            "believed_alive", "believed-alive", "believed_missing", "believed-missing", "believed_dead", "believed-dead",
            "is_note_author", "found-alive");
    /** Report-status slug to PFIF note status; lossy for statuses PFIF does not have. */
    private static final Map<String, String> STATUS_OUT = Map.of("information-sought", "information_sought",
            "believed-alive", "believed_alive", "believed-missing", "believed_missing", "believed-dead", "believed_dead",
            "found-alive", "believed_alive", "missing", "believed_missing", "sought", "information_sought",
            "deceased", "believed_dead");

    private PfifFields() {
    }

    static Optional<String> statusIn(String pfif) {
        return Optional.ofNullable(STATUS_IN.get(pfif));
    }

    static Optional<String> statusOut(String slug) {
        return Optional.ofNullable(STATUS_OUT.get(slug));
    }
}
