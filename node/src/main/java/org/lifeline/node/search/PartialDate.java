// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as {@code xsd:gYear}, {@code xsd:gYearMonth} and {@code xsd:date}
 * carry it ({@code LL.birthDate}). An unknown month or day is 0.
 */
public record PartialDate(int year, int month, int day) {
    private static final Pattern LEXICAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be 1..9999 but was " + year);
        }
        if (month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("month/day must be 0 (unknown) or valid but were " + month + "/" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Reads {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or a date-time (its date part); empty when malformed. */
    public static Optional<PartialDate> parse(String lexical) {
        var m = LEXICAL.matcher(lexical.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** The same date with day and month swapped, when that is a real, different date (a common registration slip). */
    public Optional<PartialDate> transposed() {
        if (!hasDay() || day == month || day > 12) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, day, month));
    }

    /**
     * How far two dates agree, at the precision both have: {@code EXACT} (same day), {@code TRANSPOSED} (day and month
     * swapped), {@code YEAR_MONTH}, {@code YEAR}, {@code NEAR_YEAR} (full dates with the same day and month, the
     * years one apart or one digit different) or {@code DISAGREE}.
     */
    public Outcome agreement(PartialDate other) {
        boolean bothDays = hasDay() && other.hasDay();
        boolean bothMonths = hasMonth() && other.hasMonth();
        boolean sameRest = (!bothMonths || month == other.month) && (!bothDays || day == other.day);
        if (year == other.year) {
            if (!sameRest) {
                return transposed().filter(t -> t.equals(other)).isPresent() ? Outcome.TRANSPOSED : Outcome.DISAGREE;
            }
            return bothDays ? Outcome.EXACT : bothMonths ? Outcome.YEAR_MONTH : Outcome.YEAR;
        }
        return bothDays && sameRest && nearYear(year, other.year) ? Outcome.NEAR_YEAR : Outcome.DISAGREE;
    }

    private static boolean nearYear(int a, int b) {
        if (Math.abs(a - b) == 1) {
            return true;
        }
        String x = Integer.toString(a);
        String y = Integer.toString(b);
        int diff = 0;
        for (int i = 0; i < Math.min(x.length(), y.length()); i++) {
            diff += x.charAt(i) == y.charAt(i) ? 0 : 1;
        }
        return x.length() == y.length() && diff == 1;
    }

    @Override
    public String toString() {
        if (!hasMonth()) {
            return "%04d".formatted(year);
        }
        return hasDay() ? "%04d-%02d-%02d".formatted(year, month, day) : "%04d-%02d".formatted(year, month);
    }
}
