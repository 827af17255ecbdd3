// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * find-person: names in any script (given, family or full names; order does not matter), a date of birth or year,
 * sex, nationalities and a last known admin-1 region. At least one name is required.
 */
public record FindPersonQuery(List<String> names, Optional<String> birthDate, Optional<String> sex,
                              List<String> nationalities, Optional<String> admin1) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public FindPersonQuery {
        names = List.copyOf(names);
        nationalities = List.copyOf(nationalities);
    }

    public static FindPersonQuery parse(String json) throws InvalidQueryException {
        Json j = Json.parse(json);
        List<String> names = j.strings("names");
        if (names.isEmpty() || names.stream().allMatch(String::isBlank)) {
            throw new InvalidQueryException("names", "at least one name is required");
        }
        if (names.size() > 10 || names.stream().anyMatch(n -> n.length() > 200)) {
            throw new InvalidQueryException("names", "at most 10 names of at most 200 characters");
        }
        Optional<String> birth = j.string("birthDate");
        if (birth.isPresent() && !DATE.matcher(birth.get()).matches()) {
            throw new InvalidQueryException("birthDate", "must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
        List<String> nationalities = j.strings("nationality");
        if (!nationalities.stream().allMatch(n -> COUNTRY.matcher(n).matches())) {
            throw new InvalidQueryException("nationality", "must be ISO 3166-1 alpha-2 codes");
        }
        return new FindPersonQuery(names, birth, j.string("sex"), nationalities, j.string("admin1"));
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", names);
        birthDate.ifPresent(b -> m.put("birthDate", b));
        sex.ifPresent(s -> m.put("sex", s));
        if (!nationalities.isEmpty()) {
            m.put("nationality", nationalities);
        }
        admin1.ifPresent(a -> m.put("admin1", a));
        return Json.write(m);
    }
}
