// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches one request against offers (R25-R26; docs/evacuation.md "Matching"). An offer fits when, at {@code now},
 * its eligibility admits one of the party's nationalities, it departs from the country where the party waits, its
 * window has not ended and it has a free seat. Fitting offers are ranked by
 * <pre>score = 0.5 * seats + 0.3 * place + 0.2 * time</pre>
 * where seats = min(1, free / party size) (the whole party together first), place = 1 if the departure area covers
 * the party's location (same subdivision, or a country-wide departure) and 0.5 if it is elsewhere in the same country,
 * time = 1 if boarding is open now, else falling linearly to 0 for a start 72 hours or more ahead. Ties go to the
 * earlier window start, then the offer id, so the ranking is deterministic.
 */
public final class OfferMatcher {
    private static final Duration HORIZON = Duration.ofHours(72);

    public MatchReport match(EvacuationRequest request, List<Availability> offers, Instant now) {
        List<MatchReport.Ranked> fits = new ArrayList<>();
        List<MatchReport.Misfit> misfits = new ArrayList<>();
        for (Availability a : offers) {
            List<Refusal> reasons = misfit(request, a, now);
            if (reasons.isEmpty()) {
                fits.add(new MatchReport.Ranked(a.offer(), a.seatsFree(), score(request, a, now)));
            } else {
                misfits.add(new MatchReport.Misfit(a.offer().id(), reasons));
            }
        }
        fits.sort(Comparator.comparingDouble(MatchReport.Ranked::score).reversed()
                .thenComparing(r -> r.offer().windowStart()).thenComparing(r -> r.offer().id()));
        return new MatchReport(request.id(), fits, misfits);
    }

    private static List<Refusal> misfit(EvacuationRequest request, Availability a, Instant now) {
        EvacuationOffer offer = a.offer();
        List<Refusal> reasons = new ArrayList<>();
        if (!offer.eligibility().admits(request.nationalities())) {
            reasons.add(new Refusal(RefusalCode.NOT_ELIGIBLE, "offer " + offer.id() + " admits "
                    + describe(offer.eligibility()) + ", none of the party's nationalities"));
        }
        if (!offer.departure().country().equals(request.location().country())) {
            reasons.add(new Refusal(RefusalCode.OTHER_COUNTRY, "offer " + offer.id() + " departs from "
                    + offer.departure() + ", not the country where the party waits"));
        }
        if (!offer.isOpenAt(now)) {
            reasons.add(new Refusal(RefusalCode.WINDOW_CLOSED, "window of offer " + offer.id() + " ended at "
                    + offer.windowEnd()));
        }
        if (a.seatsFree() == 0) {
            reasons.add(new Refusal(RefusalCode.NO_SEATS, "offer " + offer.id() + " has no free seats"));
        }
        return reasons;
    }

    static double score(EvacuationRequest request, Availability a, Instant now) {
        EvacuationOffer offer = a.offer();
        double seats = Math.min(1.0, (double) a.seatsFree() / request.partySize());
        double place = offer.departure().covers(request.location()) ? 1.0 : 0.5;
        double time;
        if (!now.isBefore(offer.windowStart())) {
            time = 1.0;
        } else {
            double ahead = Duration.between(now, offer.windowStart()).toSeconds();
            time = Math.max(0.0, 1.0 - ahead / HORIZON.toSeconds());
        }
        return 0.5 * seats + 0.3 * place + 0.2 * time;
    }

    private static String describe(Eligibility eligibility) {
        return switch (eligibility) {
            case Eligibility.AnyNationality any -> "any nationality";
            case Eligibility.OwnNationals own -> "nationals of " + own.country() + " only";
            case Eligibility.ListedCountries listed -> "nationals of " + String.join(", ", new java.util.TreeSet<>(listed.countries()));
        };
    }
}
