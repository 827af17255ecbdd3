// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** find-registrations: a country of origin asks for records of its nationals held by the peer, optionally in one region. */
public record FindRegistrationsQuery(String nationality, Optional<String> admin1) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public static FindRegistrationsQuery parse(String json) throws InvalidQueryException {
        Json j = Json.parse(json);
        String nationality = j.string("nationality")
                .orElseThrow(() -> new InvalidQueryException("nationality", "is required"));
        if (!COUNTRY.matcher(nationality).matches()) {
            throw new InvalidQueryException("nationality", "must be an ISO 3166-1 alpha-2 code");
        }
        return new FindRegistrationsQuery(nationality, j.string("admin1"));
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nationality", nationality);
        admin1.ifPresent(a -> m.put("admin1", a));
        return Json.write(m);
    }
}
