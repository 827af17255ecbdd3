// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One typed value of a record field. {@code toString()} never shows the value, so a value that reaches a log or an
 * exception message by accident leaks nothing; {@link #display()} is the explicit way to render it.
 */
public sealed interface FieldValue {
    Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    FieldKind kind();

    /** Human rendering for UIs and released content; never use it in logs. */
    String display();

    record Text(String value) implements FieldValue {
        public Text {
            if (value.isBlank()) {
                throw new IllegalArgumentException("text value must not be blank");
            }
        }

        @Override
        public FieldKind kind() {
            return FieldKind.TEXT;
        }

        @Override
        public String display() {
            return value;
        }

        @Override
        public String toString() {
            return "Text[redacted]";
        }
    }

    /** A controlled value: an ISO code (nationality, country) or a concept IRI or slug (status, need, channel). */
    record Code(String value) implements FieldValue {
        public Code {
            if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("code must be non-blank without whitespace");
            }
        }

        @Override
        public FieldKind kind() {
            return FieldKind.CODE;
        }

        @Override
        public String display() {
            return value;
        }

        @Override
        public String toString() {
            return "Code[redacted]";
        }
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear: month and day are 0 when unknown (normal for missing persons). */
    record PartialDate(int year, int month, int day) implements FieldValue {
        public PartialDate {
            if (month == 0 && day != 0) {
                throw new IllegalArgumentException("a partial date with a day needs a month");
            }
            if (month != 0) {
                YearMonth ym = YearMonth.of(year, month);
                if (day != 0 && !ym.isValidDay(day)) {
                    throw new IllegalArgumentException("day out of range for its month");
                }
            }
        }

        public static PartialDate year(int year) {
            return new PartialDate(year, 0, 0);
        }

        public static PartialDate of(LocalDate date) {
            return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }

        /** Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
        public static PartialDate parse(String text) {
            String[] parts = text.split("-", -1);
            if (parts.length > 3 || parts[0].length() != 4) {
                throw new IllegalArgumentException("partial date must be yyyy, yyyy-MM or yyyy-MM-dd");
            }
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            return new PartialDate(Integer.parseInt(parts[0]), month, day);
        }

        public LocalDate earliest() {
            return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        }

        public LocalDate latest() {
            if (month == 0) {
                return LocalDate.of(year, 12, 31);
            }
            return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
        }

        @Override
        public FieldKind kind() {
            return FieldKind.DATE;
        }

        @Override
        public String display() {
            if (month == 0) {
                return String.format("%04d", year);
            }
            return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
        }

        @Override
        public String toString() {
            return "PartialDate[redacted]";
        }
    }

    /** A place: locality is free text, admin1 an ISO 3166-2 code, country an ISO 3166-1 alpha-2 code. */
    record Place(Optional<String> locality, Optional<String> admin1, String country) implements FieldValue {
        public Place {
            if (!COUNTRY.matcher(country).matches()) {
                throw new IllegalArgumentException("place country must be an ISO 3166-1 alpha-2 code");
            }
            if (admin1.isPresent() && !admin1.get().startsWith(country + "-")) {
                throw new IllegalArgumentException("place admin1 must be an ISO 3166-2 code of its country");
            }
        }

        @Override
        public FieldKind kind() {
            return FieldKind.PLACE;
        }

        @Override
        public String display() {
            return String.join(", ", locality.orElse("-"), admin1.orElse("-"), country);
        }

        @Override
        public String toString() {
            return "Place[redacted]";
        }
    }

    /** An emergency contact: {@code ll:contactName}, {@code ll:telephone}, {@code ll:relationship}. */
    record Contact(String name, Optional<String> telephone, Optional<String> relationship) implements FieldValue {
        public Contact {
            if (name.isBlank()) {
                throw new IllegalArgumentException("contact name must not be blank");
            }
        }

        @Override
        public FieldKind kind() {
            return FieldKind.CONTACT;
        }

        @Override
        public String display() {
            return String.join(", ", name, telephone.orElse("-"), relationship.orElse("-"));
        }

        @Override
        public String toString() {
            return "Contact[redacted]";
        }
    }

    record Quantity(long value) implements FieldValue {
        @Override
        public FieldKind kind() {
            return FieldKind.QUANTITY;
        }

        @Override
        public String display() {
            return Long.toString(value);
        }

        @Override
        public String toString() {
            return "Quantity[redacted]";
        }
    }

    /** A date of birth generalised to ages {@code from..to} inclusive; {@code to == Integer.MAX_VALUE} is open-ended. */
    record AgeBand(int from, int to) implements FieldValue {
        public AgeBand {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("age band needs 0 <= from <= to");
            }
        }

        @Override
        public FieldKind kind() {
            return FieldKind.DATE;
        }

        @Override
        public String display() {
            return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
        }

        @Override
        public String toString() {
            return "AgeBand[" + display() + "]";
        }
    }
}
