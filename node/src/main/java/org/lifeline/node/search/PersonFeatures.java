// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lifeline.node.store.StoredRecord;

/**
 * What matching knows about one person, queries and records alike: names already in {@link NameKey#latin} form
 * (given names, family names, and other full names whose parts have no known role, e.g. {@code ll:nameVariant}), a
 * partial birth date, sex, nationalities (ISO 3166-1 alpha-2) and places (ISO 3166-2 admin1 and alpha-2 countries of
 * the place of stay or last known place).
 */
public record PersonFeatures(List<String> givenNames, List<String> familyNames, List<String> otherNames,
                             Optional<PartialDate> birthDate, Sex sex, Set<String> nationalities,
                             Set<String> admin1, Set<String> countries) {
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    static final Pattern ADMIN1 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    public PersonFeatures {
        givenNames = latinOnly(givenNames);
        familyNames = latinOnly(familyNames);
        otherNames = latinOnly(otherNames);
        nationalities = codes(nationalities, COUNTRY, "nationalities");
        admin1 = codes(admin1, ADMIN1, "admin1");
        countries = codes(countries, COUNTRY, "countries");
    }

    private static Set<String> codes(Set<String> values, Pattern pattern, String what) {
        for (String v : values) {
            if (!pattern.matcher(v).matches()) {
                throw new IllegalArgumentException(what + " must be ISO 3166 codes (" + pattern.pattern() + ")");
            }
        }
        return Set.copyOf(values);
    }

    /** Features of a query: names are normalised here, so callers pass them as typed, in any script. */
    public static PersonFeatures of(PersonQuery q) {
        return new PersonFeatures(nonBlank(NameKey.latin(q.givenName())), nonBlank(NameKey.latin(q.familyName())),
                List.of(), q.birthDate(), q.sex(), q.nationalities(), q.admin1().map(Set::of).orElse(Set.of()),
                q.country().map(Set::of).orElse(Set.of()));
    }

    /** Features of a stored record that is or points to a person (person, report, registration); else empty. */
    public static Optional<PersonFeatures> from(StoredRecord record) {
        return RecordFeatures.extract(record);
    }

    public boolean hasName() {
        return !givenNames.isEmpty() || !familyNames.isEmpty() || !otherNames.isEmpty();
    }

    private static List<String> nonBlank(String latin) {
        return latin.isEmpty() ? List.of() : List.of(latin);
    }

    private static List<String> latinOnly(List<String> names) {
        for (String n : names) {
            if (n.isEmpty() || !n.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'))) {
                throw new IllegalArgumentException("feature names must be non-empty NameKey.latin forms");
            }
        }
        return List.copyOf(names);
    }
}
