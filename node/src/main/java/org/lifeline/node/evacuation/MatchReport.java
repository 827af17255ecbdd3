// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.util.List;

/** Offers that fit a request, best first, and for every other offer why it does not fit. */
public record MatchReport(String requestId, List<Ranked> fits, List<Misfit> misfits) {
    public MatchReport {
        fits = List.copyOf(fits);
        misfits = List.copyOf(misfits);
    }

    /** A fitting offer with its score in [0, 1] ({@link OfferMatcher} documents the formula). */
    public record Ranked(EvacuationOffer offer, int seatsFree, double score) {
    }

    /** An offer that does not fit, with every reason (eligibility, place, window, seats). */
    public record Misfit(String offerId, List<Refusal> reasons) {
        public Misfit {
            reasons = List.copyOf(reasons);
        }
    }
}
