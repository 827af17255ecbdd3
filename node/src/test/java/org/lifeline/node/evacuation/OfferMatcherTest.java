// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lifeline.node.evacuation.Offers.T0;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifeline.node.place.AreaCode;

class OfferMatcherTest {
    private final OfferMatcher matcher = new OfferMatcher();
    private final EvacuationRequest request = Offers.request("REQ-A", 25, "HT-OU", "XA");

    @Test
    void match_ranksFittingOffers_andExplainsEveryMisfit() {
        var bus = new Availability(Offers.bus40(), 40);
        var listedElsewhere = new Availability(Offers.offer("EO-2", 10,
                new Eligibility.ListedCountries(Set.of("XA", "XC")), "HT-SE"), 10);
        var ownOfOthers = new Availability(Offers.offer("EO-3", 50, new Eligibility.OwnNationals("XB"), "HT-OU"), 50);
        var fromOtherCountry = new Availability(Offers.offer("EO-4", 50, new Eligibility.AnyNationality(), "DO"), 50);
        var full = new Availability(Offers.offer("EO-5", 50, new Eligibility.AnyNationality(), "HT-OU"), 0);

        MatchReport report = matcher.match(request, List.of(listedElsewhere, ownOfOthers, bus, fromOtherCountry,
                full), T0);

        assertThat(report.fits()).extracting(r -> r.offer().id()).containsExactly("EO-0001", "EO-2");
        assertThat(report.misfits()).extracting(MatchReport.Misfit::offerId).containsExactly("EO-3", "EO-4", "EO-5");
        assertThat(codes(report, 0)).containsExactly(RefusalCode.NOT_ELIGIBLE);
        assertThat(report.misfits().get(0).reasons().getFirst().message())
                .isEqualTo("offer EO-3 admits nationals of XB only, none of the party's nationalities");
        assertThat(codes(report, 1)).containsExactly(RefusalCode.OTHER_COUNTRY);
        assertThat(codes(report, 2)).containsExactly(RefusalCode.NO_SEATS);
    }

    @Test
    void score_followsTheDocumentedFormula() {
        // window opens 24 h after T0: time = 1 - 24/72; whole party fits; same subdivision
        assertThat(OfferMatcher.score(request, new Availability(Offers.bus40(), 40), T0))
                .isCloseTo(0.5 + 0.3 + 0.2 * (2.0 / 3), within(1e-9));
        // 10 of 25 seats, other subdivision of the same country, boarding open now
        var elsewhere = new Availability(Offers.offer("EO-2", 10, new Eligibility.AnyNationality(), "HT-SE"), 10);
        assertThat(OfferMatcher.score(request, elsewhere, Offers.WINDOW_START))
                .isCloseTo(0.5 * 0.4 + 0.3 * 0.5 + 0.2, within(1e-9));
    }

    @Test
    void mixedFamily_fitsOwnNationalsOfferOfAnyMember_andCountryWideDepartureCoversSubdivision() {
        var mixed = Offers.request("REQ-M", 3, "HT-OU", "XC", "XA");
        var own = new Availability(Offers.offer("EO-6", 10, new Eligibility.OwnNationals("XA"), "HT"), 10);
        assertThat(matcher.match(mixed, List.of(own), T0).fits()).hasSize(1);
        assertThat(AreaCode.of("HT").covers(mixed.location())).isTrue();
    }

    @Test
    void closedWindow_isAMisfit() {
        MatchReport report = matcher.match(request, List.of(new Availability(Offers.bus40(), 40)),
                Offers.WINDOW_END.plus(Duration.ofMinutes(1)));
        assertThat(report.fits()).isEmpty();
        assertThat(codes(report, 0)).containsExactly(RefusalCode.WINDOW_CLOSED);
    }

    private static List<RefusalCode> codes(MatchReport report, int misfit) {
        return report.misfits().get(misfit).reasons().stream().map(Refusal::code).toList();
    }
}
