// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Age bands for disaggregation. The bands follow the common humanitarian split (under 5, school age, adolescents,
 * youth, adults, older persons) used by the IASC and OCHA HXL age attributes. A partial birth date (a year, or a year
 * and month) gives a range of possible ages; a band is assigned only if the whole range falls into one band, otherwise
 * the age is {@link #UNKNOWN} rather than guessed.
 */
public enum AgeBand {
    AGE_0_4("0-4", 0, 4),
    AGE_5_11("5-11", 5, 11),
    AGE_12_17("12-17", 12, 17),
    AGE_18_24("18-24", 18, 24),
    AGE_25_59("25-59", 25, 59),
    AGE_60_PLUS("60+", 60, Integer.MAX_VALUE),
    UNKNOWN("unknown", -1, -1);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** Labels in band order, ending with "unknown"; the closed value list of {@link Dimension#AGE_BAND}. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(AgeBand::label).toList();
    }

    /** Band of someone born on {@code birthDate} (YYYY, YYYY-MM or YYYY-MM-DD) on day {@code at}. */
    public static AgeBand of(String birthDate, LocalDate at) {
        LocalDate earliest;
        LocalDate latest;
        try {
            if (YEAR.matcher(birthDate).matches()) {
                earliest = LocalDate.of(Integer.parseInt(birthDate), 1, 1);
                latest = earliest.withMonth(12).withDayOfMonth(31);
            } else if (YEAR_MONTH.matcher(birthDate).matches()) {
                YearMonth month = YearMonth.parse(birthDate);
                earliest = month.atDay(1);
                latest = month.atEndOfMonth();
            } else {
                earliest = LocalDate.parse(birthDate);
                latest = earliest;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return UNKNOWN;
        }
        if (latest.isAfter(at)) {
            return UNKNOWN;
        }
        AgeBand oldest = forAge(Period.between(earliest, at).getYears());
        return oldest == forAge(Period.between(latest, at).getYears()) ? oldest : UNKNOWN;
    }

    private static AgeBand forAge(int years) {
        for (AgeBand band : values()) {
            if (band != UNKNOWN && years >= band.from && years <= band.to) {
                return band;
            }
        }
        return UNKNOWN;
    }
}
