// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.util.Collection;
import java.util.Set;

/**
 * Who receives a disclosure.
 *
 * @param nodeId       the federation node id, matched against agreement parties and consent recipients
 * @param organisation operator of the node, for explanations
 * @param authorityOf  ISO 3166-1 alpha-2 codes of the states this recipient is an authority of (empty for IOs and
 *                     NGOs); firewall rule 3 compares them with the subject's nationalities
 */
public record Recipient(String nodeId, String organisation, RecipientRole role, Set<String> authorityOf) {
    public Recipient {
        if (nodeId.isBlank() || organisation.isBlank()) {
            throw new IllegalArgumentException("recipient node id and organisation must not be blank");
        }
        authorityOf = Set.copyOf(authorityOf);
        for (String country : authorityOf) {
            if (!FieldValue.COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException("recipient " + nodeId + ": authorityOf needs ISO 3166-1 alpha-2 codes");
            }
        }
    }

    public boolean isAuthorityOfAny(Collection<String> countries) {
        return countries.stream().anyMatch(authorityOf::contains);
    }
}
