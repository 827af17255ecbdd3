// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lifeline.node.search.Outcome;

/**
 * A partial birth date as keyed tokens: at each precision it has (year, year-month, full date) plus, for a full date,
 * the tokens of its day/month transposition and of its near-year variants (±1 year, one year digit different, same
 * day and month). {@link #agreement} then reproduces {@code PartialDate.agreement} by token equality alone. The
 * precision itself is visible (which tokens are present).
 */
public record PprlDate(String year, Optional<String> yearMonth, Optional<String> full, Optional<String> transposed,
                       Set<String> near) {
    public PprlDate {
        Objects.requireNonNull(year, "year");
        near = Set.copyOf(near);
    }

    public Outcome agreement(PprlDate other) {
        if (full.isPresent() && other.full.isPresent()) {
            if (full.equals(other.full)) {
                return Outcome.EXACT;
            }
            if (transposed.isPresent() && transposed.equals(other.full)) {
                return Outcome.TRANSPOSED;
            }
            return near.contains(other.full.get()) ? Outcome.NEAR_YEAR : Outcome.DISAGREE;
        }
        if (yearMonth.isPresent() && other.yearMonth.isPresent()) {
            return yearMonth.equals(other.yearMonth) ? Outcome.YEAR_MONTH : Outcome.DISAGREE;
        }
        return year.equals(other.year) ? Outcome.YEAR : Outcome.DISAGREE;
    }
}
