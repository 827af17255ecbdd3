// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.node.evacuation.Offers.T0;
import static org.lifeline.node.evacuation.Offers.TTL;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lifeline.node.evacuation.file.JsonLinesBoardJournal;
import org.lifeline.node.journal.MemoryLineJournal;
import org.lifeline.node.place.AreaCode;

class EvacuationBoardTest {
    private EvacuationBoard board;

    @BeforeEach
    void publishBus() {
        board = EvacuationBoard.open(new JsonLinesBoardJournal(new MemoryLineJournal()));
        assertThat(board.publish(Offers.bus40(), T0)).isEqualTo(BoardResult.done(Offers.bus40()));
    }

    @Nested
    class Scenario {
        @Test
        void fortySeats_25Then20_partialFillGetsFifteen_neverOverbooked() {
            Hold origin = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 25, false), T0));
            Hold originB = held(board.hold(Offers.seats("EO-0001", "REQ-B", "origin-b.example", 20, true), T0));
            assertThat(origin.seats()).isEqualTo(25);
            assertThat(originB.seats()).isEqualTo(15);
            assertThat(board.seatsFree("EO-0001", T0)).contains(0);
        }

        @Test
        void fortySeats_25Then20_wholePartyOnlyIsRefused() {
            held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 25, false), T0));
            assertThat(refusal(board.hold(Offers.seats("EO-0001", "REQ-B", "origin-b.example", 20, false), T0)))
                    .isEqualTo(RefusalCode.NOT_ENOUGH_SEATS);
            assertThat(board.seatsFree("EO-0001", T0)).contains(15);
        }

        @Test
        void commitThenRelease_andExpiryFreesTheOtherHold() {
            Hold a = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 25, false), T0));
            Hold b = held(board.hold(Offers.seats("EO-0001", "REQ-B", "origin-b.example", 20, true), T0));
            assertThat(board.commit(a.id(), T0.plusSeconds(60))).isInstanceOf(BoardResult.Done.class);
            Instant late = T0.plus(TTL);
            assertThat(board.find(b.id(), late).map(Hold::state)).contains(HoldState.EXPIRED);
            assertThat(board.seatsFree("EO-0001", late)).contains(15);
            assertThat(refusal(board.commit(b.id(), late))).isEqualTo(RefusalCode.HOLD_EXPIRED);
            assertThat(board.release(a.id(), late)).isInstanceOf(BoardResult.Done.class);
            assertThat(board.seatsFree("EO-0001", late)).contains(40);
        }
    }

    @Nested
    class StateMachine {
        @Test
        void fulfil_afterCommit_keepsSeatsUsed_andIsFinal() {
            Hold h = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 10, false), T0));
            board.commit(h.id(), T0);
            assertThat(board.fulfil(h.id(), T0.plusSeconds(10))).isInstanceOf(BoardResult.Done.class);
            assertThat(board.seatsFree("EO-0001", T0.plus(Duration.ofDays(2)))).contains(30);
            assertThat(refusal(board.release(h.id(), T0.plusSeconds(20)))).isEqualTo(RefusalCode.WRONG_STATE);
        }

        @Test
        void fulfil_withoutCommit_isWrongState() {
            Hold h = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 10, false), T0));
            assertThat(refusal(board.fulfil(h.id(), T0))).isEqualTo(RefusalCode.WRONG_STATE);
        }

        @Test
        void committedHold_doesNotExpire() {
            Hold h = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 10, false), T0));
            board.commit(h.id(), T0.plusSeconds(1));
            assertThat(board.find(h.id(), T0.plus(TTL).plusSeconds(1)).map(Hold::state))
                    .contains(HoldState.COMMITTED);
        }

        @Test
        void retryForSameRequest_returnsTheSameHold() {
            Hold first = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 10, false), T0));
            Hold again = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 10, false),
                    T0.plusSeconds(5)));
            assertThat(again).isEqualTo(first);
            assertThat(board.seatsFree("EO-0001", T0.plusSeconds(5))).contains(30);
        }

        @Test
        void holdNeverOutlivesTheWindow() {
            Hold h = held(board.hold(new HoldRequest("EO-0001", "REQ-A", "origin.example", Optional.empty(), 1,
                    false, Duration.ofDays(30)), T0));
            assertThat(h.expires()).isEqualTo(Offers.WINDOW_END);
            assertThat(refusal(board.hold(Offers.seats("EO-0001", "REQ-B", "origin.example", 1, false),
                    Offers.WINDOW_END))).isEqualTo(RefusalCode.WINDOW_CLOSED);
        }

        @Test
        void delegation_isRecordedOnTheHold() {
            var delegation = new Delegation("XC", "AG-DELEGATION-XC-IO");
            Hold h = held(board.hold(new HoldRequest("EO-0001", "REQ-C", "io.example", Optional.of(delegation), 3,
                    false, TTL), T0));
            assertThat(h.actingNode()).isEqualTo("io.example");
            assertThat(h.onBehalfOf()).contains(delegation);
        }

        @Test
        void unknownOfferOrHold_isRefused() {
            assertThat(refusal(board.hold(Offers.seats("EO-9", "REQ-A", "origin.example", 1, false), T0)))
                    .isEqualTo(RefusalCode.UNKNOWN_OFFER);
            assertThat(refusal(board.commit("EO-0001:h99", T0))).isEqualTo(RefusalCode.UNKNOWN_HOLD);
        }
    }

    @Nested
    class BadInput {
        @Test
        void nonPositiveCapacity() {
            assertThatThrownBy(() -> Offers.offer("EO-2", -3, new Eligibility.AnyNationality(), "HT-OU"))
                    .hasMessage("capacity of offer EO-2 must be a positive number of seats but was -3");
        }

        @Test
        void windowEndingBeforeItStarts() {
            assertThatThrownBy(() -> new EvacuationOffer("EO-2", "io.example", ProviderKind.CARRIER, "boat",
                    AreaCode.of("HT"), AreaCode.of("DO"), Offers.WINDOW_END, Offers.WINDOW_START, 5,
                    new Eligibility.AnyNationality(), "free")).hasMessageContaining("must end after it starts");
        }

        @Test
        void windowInThePast_isRefusedOnPublish() {
            BoardResult<EvacuationOffer> result = board.publish(Offers.offer("EO-2", 5,
                    new Eligibility.AnyNationality(), "HT-OU"), Offers.WINDOW_END.plusSeconds(1));
            assertThat(refusal(result)).isEqualTo(RefusalCode.WINDOW_IN_PAST);
        }

        @Test
        void unknownAreaAndBadEligibility() {
            assertThatThrownBy(() -> Offers.offer("EO-2", 5, new Eligibility.AnyNationality(), "Port-au-Prince"))
                    .hasMessageStartingWith("unknown area format");
            assertThatThrownBy(() -> new Eligibility.ListedCountries(Set.of()))
                    .hasMessageContaining("at least one country");
            assertThatThrownBy(() -> Offers.request("REQ-1", 0, "HT-OU", "XA"))
                    .hasMessage("party size of request REQ-1 must be at least 1 but was 0");
            assertThatThrownBy(() -> Offers.seats("EO-0001", "REQ-1", "origin.example", 0, true))
                    .hasMessage("a hold must ask for at least 1 seat but asked for 0");
        }

        @Test
        void republishing_sameOfferIsNoOp_otherContentRefused() {
            assertThat(board.publish(Offers.bus40(), T0)).isEqualTo(BoardResult.done(Offers.bus40()));
            assertThat(refusal(board.publish(Offers.offer("EO-0001", 50, new Eligibility.AnyNationality(), "HT-OU"),
                    T0))).isEqualTo(RefusalCode.DUPLICATE_OFFER);
        }
    }

    static Hold held(BoardResult<Hold> result) {
        assertThat(result).isInstanceOf(BoardResult.Done.class);
        return ((BoardResult.Done<Hold>) result).value();
    }

    static RefusalCode refusal(BoardResult<?> result) {
        assertThat(result).isInstanceOf(BoardResult.Refused.class);
        return ((BoardResult.Refused<?>) result).refusal().code();
    }
}
