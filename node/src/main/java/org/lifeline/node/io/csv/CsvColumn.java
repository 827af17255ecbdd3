// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.csv;

import java.util.Arrays;
import java.util.Optional;
import org.lifeline.vocabulary.LL;

/**
 * The documented CSV column mapping (docs/import.md): column name, the vocabulary property it fills, which node of
 * the record it goes on, and how its text is read. Multi-valued cells separate values with {@code |}.
 */
enum CsvColumn {
    RECORD_ID("record_id", LL.recordId, Part.RECORD, Kind.TEXT),
    TYPE("type", "", Part.RECORD, Kind.TEXT),
    GIVEN_NAME("given_name", LL.givenName, Part.PERSON, Kind.NAME),
    FAMILY_NAME("family_name", LL.familyName, Part.PERSON, Kind.NAME),
    NAME_VARIANTS("name_variants", LL.nameVariant, Part.PERSON, Kind.NAME_VARIANTS),
    SEX("sex", LL.sex, Part.PERSON, Kind.SEX),
    BIRTH_DATE("birth_date", LL.birthDate, Part.PERSON, Kind.PARTIAL_DATE),
    NATIONALITY("nationality", LL.nationality, Part.PERSON, Kind.COUNTRIES),
    LANGUAGES("languages", LL.language, Part.PERSON, Kind.LANGUAGES),
    TELEPHONE("telephone", LL.telephone, Part.PERSON, Kind.TEXT),
    EMAIL("email", LL.email, Part.PERSON, Kind.TEXT),
    ADDRESS("address", LL.address, Part.PERSON, Kind.TEXT),
    LOCALITY("locality", LL.locality, Part.PLACE, Kind.TEXT),
    ADMIN1("admin1", LL.admin1, Part.PLACE, Kind.ADMIN1),
    COUNTRY("country", LL.country, Part.PLACE, Kind.COUNTRY),
    DOCUMENT_TYPE("document_type", LL.documentType, Part.DOCUMENT, Kind.TEXT),
    DOCUMENT_NUMBER("document_number", LL.documentNumber, Part.DOCUMENT, Kind.TEXT),
    DOCUMENT_ISSUING_COUNTRY("document_issuing_country", LL.issuingCountry, Part.DOCUMENT, Kind.COUNTRY),
    DOCUMENT_STATUS("document_status", LL.documentStatus, Part.DOCUMENT, Kind.concept("document-status")),
    IMMIGRATION_STATUS("immigration_status", LL.immigrationStatus, Part.PERSON, Kind.TEXT),
    PROTECTION_STATUS("protection_status", LL.protectionStatus, Part.PERSON, Kind.concept("protection-status")),
    DETENTION_STATUS("detention_status", LL.detentionStatus, Part.PERSON, Kind.TEXT),
    SPECIAL_NEEDS("special_needs", LL.specialNeed, Part.PERSON, Kind.TEXT_LIST),
    SOURCE_CHANNEL("source_channel", LL.sourceChannel, Part.RECORD, Kind.TEXT),
    REPORT_STATUS("report_status", LL.reportStatus, Part.RECORD, Kind.concept("report-status")),
    LAST_SEEN("last_seen", LL.lastSeen, Part.RECORD, Kind.PARTIAL_DATE),
    REPORTED_BY("reported_by", LL.contactName, Part.REPORTER, Kind.NAME),
    REPORTED_ON("reported_on", LL.reportedOn, Part.RECORD, Kind.PARTIAL_DATE),
    REGISTRATION_STATUS("registration_status", LL.registrationStatus, Part.RECORD, Kind.concept("registration-status")),
    REGISTRATION_BASIS("registration_basis", LL.registrationBasis, Part.RECORD, Kind.concept("registration-basis")),
    REGISTERED_ON("registered_on", LL.registeredOn, Part.RECORD, Kind.PARTIAL_DATE),
    DEREGISTERED_ON("deregistered_on", LL.deregisteredOn, Part.RECORD, Kind.PARTIAL_DATE),
    STAY_FROM("stay_from", LL.stayFrom, Part.RECORD, Kind.PARTIAL_DATE),
    STAY_UNTIL("stay_until", LL.stayUntil, Part.RECORD, Kind.PARTIAL_DATE),
    EMERGENCY_CONTACT_NAME("emergency_contact_name", LL.contactName, Part.CONTACT, Kind.NAME),
    EMERGENCY_CONTACT_TELEPHONE("emergency_contact_telephone", LL.telephone, Part.CONTACT, Kind.TEXT),
    EMERGENCY_CONTACT_RELATIONSHIP("emergency_contact_relationship", LL.relationship, Part.CONTACT, Kind.TEXT),
    EXPIRES_ON("expires_on", "", Part.RECORD, Kind.PARTIAL_DATE);

    /** Which resource of the record a column's value is attached to. */
    enum Part { RECORD, PERSON, PLACE, DOCUMENT, CONTACT, REPORTER }

    /** How a cell is read; concept kinds carry the concept scheme's IRI base. */
    record Kind(String name, String conceptBase) {
        static final Kind TEXT = new Kind("text", "");
        static final Kind TEXT_LIST = new Kind("text-list", "");
        static final Kind NAME = new Kind("name", "");
        static final Kind NAME_VARIANTS = new Kind("name-variants", "");
        static final Kind SEX = new Kind("sex", "");
        static final Kind PARTIAL_DATE = new Kind("partial-date", "");
        static final Kind COUNTRY = new Kind("country", "");
        static final Kind COUNTRIES = new Kind("countries", "");
        static final Kind LANGUAGES = new Kind("languages", "");
        static final Kind ADMIN1 = new Kind("admin1", "");

        static Kind concept(String scheme) {
            return new Kind("concept", "https://w3id.org/lifeline/" + scheme + "/");
        }
    }

    final String header;
    final String property;
    final Part part;
    final Kind kind;

    CsvColumn(String header, String property, Part part, Kind kind) {
        this.header = header;
        this.property = property;
        this.part = part;
        this.kind = kind;
    }

    static Optional<CsvColumn> byHeader(String header) {
        String h = header.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
    }
}
