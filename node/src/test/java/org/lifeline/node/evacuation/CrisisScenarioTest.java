// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifeline.node.alerts.AlertAcceptance;
import org.lifeline.node.alerts.AlertBoard;
import org.lifeline.node.alerts.AlertLevel;
import org.lifeline.node.alerts.CrisisAlert;
import org.lifeline.node.alerts.SignedAlert;
import org.lifeline.node.alerts.jws.JwsAlertSigner;
import org.lifeline.node.alerts.jws.JwsAlertVerifier;
import org.lifeline.node.journal.MemoryLineJournal;
import org.lifeline.node.evacuation.file.JsonLinesBoardJournal;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.registration.ConsentChoice;
import org.lifeline.node.registration.RegisteredNationals;
import org.lifeline.node.registration.RegistrationForm;
import org.lifeline.node.registration.RegistrationOutcome;
import org.lifeline.node.registration.RegistrationService;
import org.lifeline.node.registration.RetentionPolicy;
import org.lifeline.node.store.tdb.TdbRecordStore;
import org.lifeline.node.testing.SettableClock;
import org.lifeline.node.testing.TestFederation;

/**
 * Issue 8's acceptance story on the cores alone, with the transport replaced by direct calls (the federation-tests
 * version runs it over mTLS): host issues a level 4 alert, it reaches origin by push and a late peer by pull; origin
 * lists its registered nationals in the area; io's bus for 40 takes origin's 25 and at most 15 of origin-b's 20;
 * commit and release work; an unrepresented state's request through io shows the delegation.
 */
class CrisisScenarioTest {
    private final Instant t0 = TestFederation.T0;
    private final SettableClock clock = new SettableClock(t0);

    @Test
    void levelFourAlert_registeredNationals_andFortySeatsNeverOverbooked() {
        CrisisAlert alert = CrisisAlert.issue("CA-2026-01", TestFederation.HOST.nodeId(), AreaCode.of("HT-OU"),
                AlertLevel.EVACUATION, "Earthquake.", t0, t0.plus(Duration.ofDays(14)));
        SignedAlert signed = new JwsAlertSigner(TestFederation.HOST).sign(alert);
        AlertBoard atOrigin = board();
        assertThat(atOrigin.accept(signed, t0.plusSeconds(1))).isInstanceOf(AlertAcceptance.Accepted.class);
        AlertBoard latePeer = board();
        atOrigin.since(t0.minus(Duration.ofDays(1))).forEach(s -> latePeer.accept(s, t0.plusSeconds(60)));
        assertThat(latePeer.levelInForce(AreaCode.of("HT-OU"), t0.plusSeconds(60)).permitsVitalInterest()).isTrue();

        try (var store = TdbRecordStore.inMemory()) {
            var registry = new RegistrationService(store, "origin.example", RetentionPolicy.erase(), clock,
                    new Random(1));
            register(registry, "HT-OU");
            register(registry, "HT-SE");
            assertThat(RegisteredNationals.inArea(store, alert.area())).hasSize(1);
        }

        var evacuation = EvacuationBoard.open(new JsonLinesBoardJournal(new MemoryLineJournal()));
        evacuation.publish(Offers.bus40(), t0);
        Hold origin = EvacuationBoardTest.held(evacuation.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 25,
                false), t0));
        Hold originB = EvacuationBoardTest.held(evacuation.hold(Offers.seats("EO-0001", "REQ-B", "origin-b.example",
                20, true), t0));
        assertThat(origin.seats() + originB.seats()).isEqualTo(40);
        assertThat(evacuation.commit(origin.id(), t0.plusSeconds(60))).isInstanceOf(BoardResult.Done.class);
        assertThat(evacuation.release(originB.id(), t0.plusSeconds(61))).isInstanceOf(BoardResult.Done.class);
        Hold delegated = EvacuationBoardTest.held(evacuation.hold(new HoldRequest("EO-0001", "REQ-C", "io.example",
                Optional.of(new Delegation("XC", "AG-XC-IO")), 4, false, Offers.TTL), t0.plusSeconds(62)));
        assertThat(delegated.onBehalfOf().map(Delegation::principalState)).contains("XC");
        assertThat(evacuation.seatsFree("EO-0001", t0.plusSeconds(62))).contains(11);
    }

    private AlertBoard board() {
        return AlertBoard.open(new JwsAlertVerifier(TestFederation::trustList, Duration.ofSeconds(5)),
                new MemoryLineJournal(), t0);
    }

    private static void register(RegistrationService registry, String area) {
        var form = new RegistrationForm(Optional.of("Ana"), Optional.empty(), Set.of("XA"), Set.of("pt"),
                Optional.of("+509 3700 0100"), Optional.empty(), Optional.empty(), AreaCode.of(area), List.of(),
                List.of(), Optional.empty(), Optional.empty(),
                new ConsentChoice(Set.of("evacuation"), Set.of("consular-services"), Set.of("givenName"), Set.of()));
        assertThat(registry.register(form, "web")).isInstanceOf(RegistrationOutcome.Registered.class);
    }
}
