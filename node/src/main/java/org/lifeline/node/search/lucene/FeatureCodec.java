// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search.lucene;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonFeatures;
import org.lifeline.node.search.Sex;

/**
 * PersonFeatures as one stored string, so rescoring reads a hit without touching the store or transliterating again.
 * Safe to split on tab, '|' and ',' because PersonFeatures admits only a-z names and ISO codes.
 */
final class FeatureCodec {
    private FeatureCodec() {
    }

    static String encode(PersonFeatures f) {
        return String.join("\t", String.join("|", f.givenNames()), String.join("|", f.familyNames()),
                String.join("|", f.otherNames()), f.birthDate().map(PartialDate::toString).orElse(""), f.sex().name(),
                String.join(",", f.nationalities()), String.join(",", f.admin1()), String.join(",", f.countries()));
    }

    static PersonFeatures decode(String s) {
        String[] p = s.split("\t", -1);
        if (p.length != 8) {
            throw new IllegalStateException("stored features have " + p.length + " fields, expected 8: index is corrupt");
        }
        return new PersonFeatures(list(p[0], "\\|"), list(p[1], "\\|"), list(p[2], "\\|"),
                p[3].isEmpty() ? java.util.Optional.empty() : PartialDate.parse(p[3]), Sex.valueOf(p[4]),
                set(p[5]), set(p[6]), set(p[7]));
    }

    private static List<String> list(String s, String sep) {
        return s.isEmpty() ? List.of() : List.of(s.split(sep));
    }

    private static Set<String> set(String s) {
        return s.isEmpty() ? Set.of() : Arrays.stream(s.split(",")).collect(Collectors.toSet());
    }
}
