// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.place;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country (ISO 3166-1 alpha-2, {@code HT}) or a first-level subdivision (ISO 3166-2, {@code HT-OU}). The country
 * part must be an officially assigned code known to the JDK or one of the user-assigned codes (AA, QM-QZ, XA-XZ, ZZ)
 * that exercises and test federations use; the subdivision part is checked for ISO 3166-2 form only (1-3 letters or
 * digits), since the JDK ships no subdivision list.
 */
public record AreaCode(String code) {
    private static final Pattern FORM = Pattern.compile("([A-Z]{2})(-[A-Z0-9]{1,3})?");
    private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

    public AreaCode {
        var m = FORM.matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown area format: '" + shorten(code) + "' is neither an ISO 3166-1"
                    + " country code (e.g. HT) nor an ISO 3166-2 subdivision code (e.g. HT-OU)");
        }
        if (!isKnownCountry(m.group(1))) {
            throw new IllegalArgumentException("unknown area: '" + m.group(1) + "' is not an ISO 3166-1 country code");
        }
    }

    public static AreaCode of(String code) {
        return new AreaCode(code);
    }

    /** A country code, refusing subdivision codes (for nationalities and eligibility lists). */
    public static String requireCountry(String code, String what) {
        var area = new AreaCode(code);
        if (!area.isCountry()) {
            throw new IllegalArgumentException(what + " must be an ISO 3166-1 country code, not the subdivision "
                    + code);
        }
        return code;
    }

    /** The most precise area a place names: its admin1 code if present, else its country. */
    public static Optional<AreaCode> ofPlace(Optional<String> admin1, Optional<String> country) {
        return admin1.or(() -> country).map(AreaCode::new);
    }

    public boolean isCountry() {
        return code.length() == 2;
    }

    public String country() {
        return code.substring(0, 2);
    }

    /** True when this area contains {@code other}: the same code, or this is the country of subdivision {@code other}. */
    public boolean covers(AreaCode other) {
        return code.equals(other.code) || (isCountry() && other.country().equals(code));
    }

    private static boolean isKnownCountry(String alpha2) {
        char a = alpha2.charAt(0);
        char b = alpha2.charAt(1);
        boolean userAssigned = "AA".equals(alpha2) || "ZZ".equals(alpha2) || a == 'X' || (a == 'Q' && b >= 'M');
        return userAssigned || ASSIGNED.contains(alpha2);
    }

    private static String shorten(String value) {
        return value.length() <= 12 ? value : value.substring(0, 12) + "...";
    }

    @Override
    public String toString() {
        return code;
    }
}
