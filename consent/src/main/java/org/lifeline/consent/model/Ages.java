// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.LocalDate;
import java.time.Period;

/** Ages from partial dates of birth: a partial date gives a range, and callers choose the end that is safe. */
public final class Ages {
    public static final int ADULT = 18;

    private Ages() {
    }

    /** The youngest the person can be on {@code day}. */
    public static int youngest(FieldValue.PartialDate birth, LocalDate day) {
        return Math.max(0, Period.between(birth.latest(), day).getYears());
    }

    /** The oldest the person can be on {@code day}. */
    public static int oldest(FieldValue.PartialDate birth, LocalDate day) {
        return Math.max(0, Period.between(birth.earliest(), day).getYears());
    }
}
