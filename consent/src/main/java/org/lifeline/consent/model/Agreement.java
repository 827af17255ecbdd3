// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sharing agreement (R36; {@code ll:SharingAgreement}, an {@code odrl:Agreement}): the envelope inside which data may
 * flow. Outside {@code [validFrom, validUntil)} it covers nothing.
 *
 * @param parties           node ids of the parties; the recipient must be one of them
 * @param legalBases        the legal bases a request may claim under this agreement
 * @param fields            fields released as stored
 * @param generalisedFields fields released only at the given coarser level (never also in {@code fields})
 */
public record Agreement(String id, AgreementKind kind, Set<String> parties, Set<Purpose> purposes,
        Set<RecipientRole> roles, Set<LegalBasis> legalBases, Set<String> fields,
        Map<String, GeneralisationLevel> generalisedFields, Instant validFrom, Instant validUntil) {

    public Agreement {
        parties = Set.copyOf(parties);
        purposes = Set.copyOf(purposes);
        roles = Set.copyOf(roles);
        legalBases = Set.copyOf(legalBases);
        fields = Set.copyOf(fields);
        generalisedFields = Map.copyOf(generalisedFields);
        require(!id.isBlank(), id, "id must not be blank");
        require(parties.size() >= 2, id, "needs at least two parties");
        require(kind != AgreementKind.BILATERAL || parties.size() == 2, id, "a bilateral agreement has exactly two parties");
        require(!purposes.isEmpty() && !roles.isEmpty() && !legalBases.isEmpty(), id,
                "needs at least one purpose, recipient role and legal basis");
        require(validFrom.isBefore(validUntil), id, "validFrom must be before validUntil");
        for (var entry : generalisedFields.entrySet()) {
            require(!fields.contains(entry.getKey()), id, "field " + entry.getKey() + " is both released and generalised");
            require(FieldCatalogue.accepts(entry.getKey(), entry.getValue()), id,
                    "field " + entry.getKey() + " cannot be generalised to " + entry.getValue().slug());
        }
    }

    private static void require(boolean condition, String id, String message) {
        if (!condition) {
            throw new IllegalArgumentException("agreement " + id + ": " + message);
        }
    }

    /** In force from {@code validFrom} inclusive to {@code validUntil} exclusive. */
    public boolean inForceAt(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    public boolean covers(String field) {
        return fields.contains(field) || generalisedFields.containsKey(field);
    }

    public Optional<GeneralisationLevel> generalisationOf(String field) {
        return Optional.ofNullable(generalisedFields.get(field));
    }
}
