// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.journal.MemoryLineJournal;
import org.lifeline.node.journal.file.FileLineJournal;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.testing.TestFederation;

class AlertBoardTest {
    private static final Instant NOW = Alerts.T0.plusSeconds(30);
    private static final CrisisAlert A = Alerts.hostLevel4("CA-1", "HT-OU");

    private final AlertBoard board = AlertBoard.open(Alerts.verifier(), new MemoryLineJournal(), NOW);

    @Nested
    class Accept {
        @Test
        void accept_firstTime_thenDuplicate() {
            assertThat(board.accept(Alerts.byHost(A), NOW)).isEqualTo(new AlertAcceptance.Accepted(A));
            assertThat(board.accept(Alerts.byHost(A), NOW.plusSeconds(5)))
                    .isEqualTo(new AlertAcceptance.Duplicate(A.ref()));
            assertThat(board.get(A.ref())).contains(A);
        }

        @Test
        void accept_sameIdOtherContent_isConflictingId() {
            board.accept(Alerts.byHost(A), NOW);
            CrisisAlert other = CrisisAlert.issue("CA-1", A.issuer(), A.area(), AlertLevel.RESTRICTION, A.reason(),
                    A.issued(), A.expires());
            assertThat(codes(board.accept(Alerts.byHost(other), NOW))).containsExactly(RejectionCode.CONFLICTING_ID);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), NOW).level()).contains(AlertLevel.EVACUATION);
        }

        @Test
        void accept_forgedAlert_isNotStored() {
            CrisisAlert fromStranger = CrisisAlert.issue("CA-9", TestFederation.STRANGER.nodeId(), A.area(),
                    AlertLevel.EVACUATION, "r", A.issued(), A.expires());
            assertThat(board.accept(Alerts.signed(TestFederation.STRANGER, fromStranger), NOW))
                    .isInstanceOf(AlertAcceptance.Rejected.class);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), NOW)).isEqualTo(LevelInForce.NONE);
        }
    }

    @Nested
    class SupersedeAndWithdraw {
        @Test
        void supersede_laterAlertOfSameIssuer_replacesLevel() {
            board.accept(Alerts.byHost(A), NOW);
            CrisisAlert lowered = A.supersededBy("CA-2", A.area(), AlertLevel.RESTRICTION, "Aftershocks easing.",
                    A.issued().plusSeconds(3600), A.expires());
            board.accept(Alerts.byHost(lowered), NOW.plusSeconds(3600));
            LevelInForce level = board.levelInForce(AreaCode.of("HT-OU"), NOW.plusSeconds(3601));
            assertThat(level).isEqualTo(new LevelInForce(Optional.of(AlertLevel.RESTRICTION), List.of(lowered.ref())));
            assertThat(board.supersededBy(A.ref())).contains(lowered.ref());
        }

        @Test
        void withdraw_endsTheAlert_evenAfterTheWithdrawalExpires() {
            board.accept(Alerts.byHost(A), NOW);
            Instant at = A.issued().plusSeconds(600);
            CrisisAlert shortLived = new CrisisAlert("CA-1w", A.issuer(), A.area(), List.of(), A.level(),
                    "All clear.", at, at.plusSeconds(3600), Optional.of(A.id()), true);
            assertThat(board.accept(Alerts.byHost(shortLived), at)).isInstanceOf(AlertAcceptance.Accepted.class);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), at.plusSeconds(1))).isEqualTo(LevelInForce.NONE);
            Instant afterWithdrawalExpired = shortLived.expires().plusSeconds(1);
            assertThat(A.isActiveAt(afterWithdrawalExpired)).isTrue();
            assertThat(board.inForce(afterWithdrawalExpired)).isEmpty();
        }

        @Test
        void supersededAlertArrivingAfterItsSuccessor_isRefused() {
            CrisisAlert w = A.withdrawnBy("CA-1w", "All clear.", A.issued().plusSeconds(600));
            board.accept(Alerts.byHost(w), NOW.plusSeconds(600));
            assertThat(codes(board.accept(Alerts.byHost(A), NOW.plusSeconds(601))))
                    .containsExactly(RejectionCode.SUPERSEDED);
            assertThat(board.inForce(NOW.plusSeconds(602))).isEmpty();
        }

        @Test
        void supersedingAnAlertIssuedLater_isOutOfOrder() {
            board.accept(Alerts.byHost(A), NOW);
            CrisisAlert earlier = A.supersededBy("CA-0", A.area(), AlertLevel.PRECAUTIONARY, "r",
                    A.issued().minusSeconds(60), A.expires());
            assertThat(codes(board.accept(Alerts.byHost(earlier), NOW))).containsExactly(RejectionCode.OUT_OF_ORDER);
        }
    }

    @Nested
    class LevelInForceQueries {
        private final CrisisAlert country = CrisisAlert.issue("CA-7", A.issuer(), AreaCode.of("HT"),
                AlertLevel.RESTRICTION, "Curfew.", A.issued(), A.expires().plus(Duration.ofDays(7)));

        @Test
        void countryAlert_coversSubdivisions_subdivisionAlertDoesNotCoverCountry() {
            board.accept(Alerts.byHost(A), NOW);
            board.accept(Alerts.byHost(country), NOW);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), NOW))
                    .isEqualTo(new LevelInForce(Optional.of(AlertLevel.EVACUATION), List.of(A.ref(), country.ref())));
            assertThat(board.levelInForce(AreaCode.of("HT-SE"), NOW).level()).contains(AlertLevel.RESTRICTION);
            assertThat(board.levelInForce(AreaCode.of("HT"), NOW).alerts()).containsExactly(country.ref());
            assertThat(board.levelInForce(AreaCode.of("DO"), NOW)).isEqualTo(LevelInForce.NONE);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), NOW).permitsVitalInterest()).isTrue();
            assertThat(board.levelInForce(AreaCode.of("HT-SE"), NOW).permitsVitalInterest()).isFalse();
        }

        @Test
        void expiry_endsTheLevel() {
            board.accept(Alerts.byHost(A), NOW);
            board.accept(Alerts.byHost(country), NOW);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), A.expires()).level()).contains(AlertLevel.RESTRICTION);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), country.expires())).isEqualTo(LevelInForce.NONE);
        }

        @Test
        void expiredAlert_isAcceptedForHistoryButNeverInForce() {
            Instant later = A.expires().plusSeconds(1);
            assertThat(board.accept(Alerts.byHost(A), later)).isInstanceOf(AlertAcceptance.Accepted.class);
            assertThat(board.levelInForce(AreaCode.of("HT-OU"), later)).isEqualTo(LevelInForce.NONE);
        }

        @Test
        void since_returnsSignedAlertsOldestFirst_forPull() {
            CrisisAlert w = A.withdrawnBy("CA-1w", "All clear.", A.issued().plusSeconds(600));
            board.accept(Alerts.byHost(A), NOW);
            board.accept(Alerts.byHost(w), NOW.plusSeconds(600));
            assertThat(board.since(A.issued())).containsExactly(Alerts.byHost(A), Alerts.byHost(w));
            assertThat(board.since(A.issued().plusSeconds(1))).containsExactly(Alerts.byHost(w));

            AlertBoard puller = AlertBoard.open(Alerts.verifier(), new MemoryLineJournal(), NOW);
            board.since(Instant.EPOCH).forEach(s -> puller.accept(s, NOW.plusSeconds(700)));
            assertThat(puller.inForce(NOW.plusSeconds(700))).isEmpty();
            assertThat(puller.supersededBy(A.ref())).contains(w.ref());
        }
    }

    @Nested
    class Persistence {
        @TempDir
        Path dir;

        @Test
        void reopen_restoresAlertsAndSupersession() throws IOException {
            Path file = dir.resolve("alerts.jsonl");
            CrisisAlert country = CrisisAlert.issue("CA-7", A.issuer(), AreaCode.of("HT"), AlertLevel.RESTRICTION,
                    "Curfew.", A.issued(), A.expires());
            try (var journal = FileLineJournal.open(file)) {
                var live = AlertBoard.open(Alerts.verifier(), journal, NOW);
                live.accept(Alerts.byHost(A), NOW);
                live.accept(Alerts.byHost(country), NOW);
                assertThat(live.accept(Alerts.byHost(A.withdrawnBy("CA-1w", "All clear.", NOW.plusSeconds(60))),
                        NOW.plusSeconds(60))).isInstanceOf(AlertAcceptance.Accepted.class);
            }
            try (var journal = FileLineJournal.open(file)) {
                var reopened = AlertBoard.open(Alerts.verifier(), journal, NOW.plusSeconds(120));
                assertThat(reopened.droppedOnLoad()).isZero();
                assertThat(reopened.levelInForce(AreaCode.of("HT-OU"), NOW.plusSeconds(120)).alerts())
                        .containsExactly(country.ref());
            }
        }

        @Test
        void reopen_dropsTamperedLinesAndAlertsOfRevokedIssuers() throws IOException {
            Path file = dir.resolve("alerts.jsonl");
            try (var journal = FileLineJournal.open(file)) {
                AlertBoard.open(Alerts.verifier(), journal, NOW).accept(Alerts.byHost(A), NOW);
            }
            String line = Files.readString(file).strip();
            Files.writeString(file, line + "\n" + line.substring(0, line.length() - 4) + "AAAA\n");
            var revoked = TestFederation.trustList().revoke(TestFederation.HOST.nodeId(), NOW.plusSeconds(60));
            try (var journal = FileLineJournal.open(file)) {
                assertThat(AlertBoard.open(Alerts.verifier(), journal, NOW).droppedOnLoad()).isEqualTo(1);
            }
            try (var journal = FileLineJournal.open(file)) {
                var afterRevocation = AlertBoard.open(Alerts.verifier(revoked), journal, NOW.plusSeconds(61));
                assertThat(afterRevocation.droppedOnLoad()).isEqualTo(2);
                assertThat(afterRevocation.inForce(NOW.plusSeconds(61))).isEmpty();
            }
        }
    }

    private static List<RejectionCode> codes(AlertAcceptance acceptance) {
        return acceptance instanceof AlertAcceptance.Rejected r
                ? r.reasons().stream().map(x -> x.code()).toList() : List.of();
    }
}
