// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A search for a person as an operator or a peer node asks it: names in any script (either may be blank, not both),
 * a birth date known to the year, month or day, sex, nationalities, and the region or country where the person was
 * last known to be.
 */
public record PersonQuery(String givenName, String familyName, Optional<PartialDate> birthDate, Sex sex,
                          Set<String> nationalities, Optional<String> admin1, Optional<String> country) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ADMIN1 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final int MAX_NAME = 200;

    public PersonQuery {
        if (givenName.isBlank() && familyName.isBlank()) {
            throw new IllegalArgumentException("a person query needs a given or a family name");
        }
        if (givenName.length() > MAX_NAME || familyName.length() > MAX_NAME) {
            throw new IllegalArgumentException("names must be at most " + MAX_NAME + " characters");
        }
        nationalities = Set.copyOf(nationalities);
        nationalities.forEach(n -> require(COUNTRY, n, "nationality"));
        admin1.ifPresent(a -> require(ADMIN1, a, "admin1"));
        country.ifPresent(c -> require(COUNTRY, c, "country"));
    }

    /** A query by name only. */
    public static PersonQuery byName(String givenName, String familyName) {
        return new PersonQuery(givenName, familyName, Optional.empty(), Sex.UNKNOWN, Set.of(), Optional.empty(),
                Optional.empty());
    }

    public PersonQuery withBirthDate(PartialDate date) {
        return new PersonQuery(givenName, familyName, Optional.of(date), sex, nationalities, admin1, country);
    }

    public PersonQuery withSex(Sex s) {
        return new PersonQuery(givenName, familyName, birthDate, s, nationalities, admin1, country);
    }

    public PersonQuery withNationalities(Set<String> codes) {
        return new PersonQuery(givenName, familyName, birthDate, sex, codes, admin1, country);
    }

    private static void require(Pattern p, String value, String what) {
        if (!p.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be an ISO 3166 code (" + p.pattern() + ")");
        }
    }
}
