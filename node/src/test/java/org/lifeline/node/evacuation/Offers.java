// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.lifeline.node.place.AreaCode;

/** Scenario 4 fixtures: io's bus for 40 from HT-OU to the border, any nationality, tomorrow 08:00-12:00. */
public final class Offers {
    public static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    public static final Instant WINDOW_START = T0.plus(Duration.ofDays(1));
    public static final Instant WINDOW_END = WINDOW_START.plus(Duration.ofHours(4));
    public static final Duration TTL = Duration.ofMinutes(30);

    private Offers() {
    }

    public static EvacuationOffer bus40() {
        return offer("EO-0001", 40, new Eligibility.AnyNationality(), "HT-OU");
    }

    public static EvacuationOffer offer(String id, int capacity, Eligibility eligibility, String departure) {
        return new EvacuationOffer(id, "io.example", ProviderKind.INTERNATIONAL_ORGANISATION, "bus",
                AreaCode.of(departure), AreaCode.of("DO"), WINDOW_START, WINDOW_END, capacity, eligibility, "free");
    }

    public static HoldRequest seats(String offerId, String requestId, String actor, int seats, boolean partial) {
        return new HoldRequest(offerId, requestId, actor, Optional.empty(), seats, partial, TTL);
    }

    public static EvacuationRequest request(String id, int partySize, String location, String... nationalities) {
        return new EvacuationRequest(id, "origin.example", Optional.empty(), partySize, Set.of(AgeBand.ADULT),
                Set.of(), AreaCode.of(location), Set.of(nationalities), Set.of("fr"), true);
    }
}
