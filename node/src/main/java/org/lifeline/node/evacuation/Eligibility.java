// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.util.Set;
import java.util.TreeSet;
import org.lifeline.node.place.AreaCode;

/**
 * Who may board an offer ({@code ll:eligibility}). A party is admitted when <em>any</em> of its nationalities is
 * admitted: mixed families travel together (R7; family unity, 000 L1461), and a state evacuating its nationals may
 * take their relatives of other nationalities when capacity allows (R26, 002 L290-292).
 */
public sealed interface Eligibility {
    boolean admits(Set<String> nationalities);

    String slug();

    record AnyNationality() implements Eligibility {
        @Override
        public boolean admits(Set<String> nationalities) {
            return true;
        }

        @Override
        public String slug() {
            return "any-nationality";
        }
    }

    /** Nationals of the provider's state only. */
    record OwnNationals(String country) implements Eligibility {
        public OwnNationals {
            AreaCode.requireCountry(country, "provider country");
        }

        @Override
        public boolean admits(Set<String> nationalities) {
            return nationalities.contains(country);
        }

        @Override
        public String slug() {
            return "own-nationals";
        }
    }

    record ListedCountries(Set<String> countries) implements Eligibility {
        public ListedCountries {
            countries = Set.copyOf(new TreeSet<>(countries));
            if (countries.isEmpty()) {
                throw new IllegalArgumentException("an offer for listed countries must list at least one country");
            }
            countries.forEach(c -> AreaCode.requireCountry(c, "eligible nationality"));
        }

        @Override
        public boolean admits(Set<String> nationalities) {
            return nationalities.stream().anyMatch(countries::contains);
        }

        @Override
        public String slug() {
            return "listed-countries";
        }
    }
}
