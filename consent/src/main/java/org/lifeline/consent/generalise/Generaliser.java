// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.generalise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifeline.consent.model.Ages;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.GeneralisationLevel;

/**
 * Coarsens values: place to admin-1 region or country, date to year, date of birth to an age band at decision time.
 * A value that cannot be coarsened to the level asked yields empty, and the caller withholds the field: never release
 * a finer value than the level promised.
 */
public final class Generaliser {
    /** Humanitarian age bands (children under 5, 5-11, 12-17, adults, older persons), as in IOM DTM and UNHCR data. */
    private static final List<FieldValue.AgeBand> BANDS = List.of(new FieldValue.AgeBand(0, 4),
            new FieldValue.AgeBand(5, 11), new FieldValue.AgeBand(12, 17), new FieldValue.AgeBand(18, 59),
            new FieldValue.AgeBand(60, Integer.MAX_VALUE));

    private Generaliser() {
    }

    /** All values coarsened and de-duplicated, or empty when any one of them cannot be. */
    public static Optional<List<FieldValue>> apply(List<FieldValue> values, GeneralisationLevel level, Instant now) {
        List<FieldValue> out = new ArrayList<>(values.size());
        for (FieldValue value : values) {
            Optional<FieldValue> coarse = apply(value, level, now);
            if (coarse.isEmpty()) {
                return Optional.empty();
            }
            if (!out.contains(coarse.get())) {
                out.add(coarse.get());
            }
        }
        return Optional.of(List.copyOf(out));
    }

    public static Optional<FieldValue> apply(FieldValue value, GeneralisationLevel level, Instant now) {
        return switch (value) {
            case FieldValue.Place place when level == GeneralisationLevel.ADMIN1 ->
                    Optional.of(new FieldValue.Place(Optional.empty(), place.admin1(), place.country()));
            case FieldValue.Place place when level == GeneralisationLevel.COUNTRY ->
                    Optional.of(new FieldValue.Place(Optional.empty(), Optional.empty(), place.country()));
            case FieldValue.PartialDate date when level == GeneralisationLevel.YEAR ->
                    Optional.of(FieldValue.PartialDate.year(date.year()));
            case FieldValue.PartialDate date when level == GeneralisationLevel.AGE_BAND ->
                    Optional.of(ageBand(date, LocalDate.ofInstant(now, ZoneOffset.UTC)));
            default -> Optional.empty();
        };
    }

    /** The band, or the union of the bands, that holds every age the partial date allows. */
    static FieldValue.AgeBand ageBand(FieldValue.PartialDate birth, LocalDate day) {
        FieldValue.AgeBand youngest = bandOf(Ages.youngest(birth, day));
        FieldValue.AgeBand oldest = bandOf(Ages.oldest(birth, day));
        return new FieldValue.AgeBand(youngest.from(), oldest.to());
    }

    private static FieldValue.AgeBand bandOf(int age) {
        return BANDS.stream().filter(b -> age >= b.from() && age <= b.to()).findFirst().orElseThrow();
    }
}
