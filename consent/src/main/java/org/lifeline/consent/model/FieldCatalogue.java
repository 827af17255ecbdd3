// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record fields the engine knows, by {@code ll:} local name, with their value kind. A field outside the catalogue
 * is still decided (an agreement can name only catalogued fields, so it is withheld) but cannot be generalised.
 */
public final class FieldCatalogue {
    private static final Map<String, FieldKind> KINDS = Map.ofEntries(
            Map.entry("givenName", FieldKind.TEXT), Map.entry("familyName", FieldKind.TEXT),
            Map.entry("nameVariant", FieldKind.TEXT), Map.entry("sex", FieldKind.CODE),
            Map.entry("birthDate", FieldKind.DATE), Map.entry("nationality", FieldKind.CODE),
            Map.entry("language", FieldKind.CODE), Map.entry("telephone", FieldKind.TEXT),
            Map.entry("email", FieldKind.TEXT), Map.entry("address", FieldKind.TEXT),
            Map.entry("placeOfStay", FieldKind.PLACE), Map.entry("documentType", FieldKind.CODE),
            Map.entry("documentNumber", FieldKind.TEXT), Map.entry("issuingCountry", FieldKind.CODE),
            Map.entry("documentStatus", FieldKind.CODE), Map.entry("immigrationStatus", FieldKind.CODE),
            Map.entry("detentionStatus", FieldKind.CODE), Map.entry("protectionStatus", FieldKind.CODE),
            Map.entry("specialNeed", FieldKind.CODE), Map.entry("sourceChannel", FieldKind.CODE),
            Map.entry("reportStatus", FieldKind.CODE), Map.entry("lastKnownPlace", FieldKind.PLACE),
            Map.entry("lastSeen", FieldKind.DATE), Map.entry("reportedBy", FieldKind.TEXT),
            Map.entry("reportedOn", FieldKind.DATE), Map.entry("registrationStatus", FieldKind.CODE),
            Map.entry("registeredOn", FieldKind.DATE), Map.entry("deregisteredOn", FieldKind.DATE),
            Map.entry("registrationBasis", FieldKind.CODE), Map.entry("stayFrom", FieldKind.DATE),
            Map.entry("stayUntil", FieldKind.DATE), Map.entry("emergencyContact", FieldKind.CONTACT),
            Map.entry("dependant", FieldKind.TEXT), Map.entry("partySize", FieldKind.QUANTITY),
            Map.entry("ageBand", FieldKind.CODE), Map.entry("location", FieldKind.PLACE),
            Map.entry("requestedBy", FieldKind.TEXT));

    /** Fields that single a person out; never an aggregate dimension (R40: "generalized information"). */
    private static final Set<String> IDENTIFYING = Set.of("givenName", "familyName", "nameVariant", "telephone",
            "email", "address", "documentNumber", "emergencyContact", "dependant", "reportedBy", "requestedBy");

    /** Firewall rule 2: statuses that leave a node only inside aggregates (R32, R33). */
    public static final Set<String> STATUS_FIELDS = Set.of("immigrationStatus", "detentionStatus", "protectionStatus");

    /** Firewall rule 4: identification data needed only by document replacement and consular assistance. */
    public static final Set<String> IDENTITY_FIELDS = Set.of("documentNumber", "address");

    private FieldCatalogue() {
    }

    public static Optional<FieldKind> kindOf(String field) {
        return Optional.ofNullable(KINDS.get(field));
    }

    public static boolean isKnown(String field) {
        return KINDS.containsKey(field);
    }

    public static boolean isIdentifying(String field) {
        return IDENTIFYING.contains(field);
    }

    /** True when the level belongs to the family of the field's kind; age bands only for dates of birth. */
    public static boolean accepts(String field, GeneralisationLevel level) {
        if (level == GeneralisationLevel.AGE_BAND) {
            return field.equals("birthDate");
        }
        return kindOf(field).map(kind -> kind == level.family()).orElse(false);
    }

    /** The level every aggregate release is coarsened to at least; empty where the value is already coarse. */
    public static Optional<GeneralisationLevel> aggregateLevel(String field) {
        if (field.equals("birthDate")) {
            return Optional.of(GeneralisationLevel.AGE_BAND);
        }
        return kindOf(field).flatMap(kind -> switch (kind) {
            case PLACE -> Optional.of(GeneralisationLevel.ADMIN1);
            case DATE -> Optional.of(GeneralisationLevel.YEAR);
            default -> Optional.empty();
        });
    }
}
