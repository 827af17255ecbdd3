// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;

/**
 * Grants in an agreement that the firewall would always refuse. The engine would withhold them anyway; a policy file
 * that contains them is contradictory, and loading it fails so the author learns it at once, not at decision time.
 */
final class FirewallConflicts {
    private static final Set<Purpose> IDENTITY_PURPOSES =
            Set.of(Purpose.IDENTITY_DOCUMENT_REPLACEMENT, Purpose.CONSULAR_ASSISTANCE);

    private FirewallConflicts() {
    }

    static List<String> of(Agreement agreement) {
        List<String> out = new ArrayList<>();
        boolean recordLevel = agreement.purposes().stream().anyMatch(p -> p != Purpose.AGGREGATE_STATISTICS);
        boolean aggregate = agreement.purposes().contains(Purpose.AGGREGATE_STATISTICS);
        agreement.roles().stream().filter(RecipientRole::isEnforcement).filter(r -> recordLevel).forEach(role ->
                out.add("grants record-level purposes to role " + role.slug()
                        + ", which firewall rule firewall.no-record-level-to-enforcement forbids"));
        if (!aggregate) {
            FieldCatalogue.STATUS_FIELDS.stream().filter(agreement::covers).sorted().forEach(field ->
                    out.add("covers ll:" + field + " without aggregate-statistics, but firewall rule "
                            + "firewall.status-never-leaves releases it only in aggregates"));
        }
        boolean identityPossible = agreement.legalBases().contains(LegalBasis.CONSENT)
                && agreement.purposes().stream().anyMatch(IDENTITY_PURPOSES::contains);
        if (!identityPossible) {
            FieldCatalogue.IDENTITY_FIELDS.stream().filter(agreement::covers).sorted().forEach(field ->
                    out.add("covers ll:" + field + " without consent for document replacement or consular "
                            + "assistance, which firewall rule firewall.identity-data-needs-purpose requires"));
        }
        if (agreement.roles().contains(RecipientRole.INTERNATIONAL_ORGANISATION_AGGREGATE) && !aggregate) {
            out.add("covers role international-organisation-aggregate without aggregate-statistics, so it covers nothing");
        }
        return out;
    }
}
