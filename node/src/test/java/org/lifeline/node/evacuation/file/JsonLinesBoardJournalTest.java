// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.node.evacuation.Offers.T0;
import static org.lifeline.node.evacuation.Offers.TTL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.evacuation.BoardEvent;
import org.lifeline.node.evacuation.BoardResult;
import org.lifeline.node.evacuation.Delegation;
import org.lifeline.node.evacuation.Eligibility;
import org.lifeline.node.evacuation.EvacuationBoard;
import org.lifeline.node.evacuation.Hold;
import org.lifeline.node.evacuation.HoldRequest;
import org.lifeline.node.evacuation.HoldState;
import org.lifeline.node.evacuation.Offers;
import org.lifeline.node.journal.MemoryLineJournal;
import org.lifeline.node.journal.file.FileLineJournal;

class JsonLinesBoardJournalTest {
    @TempDir
    Path dir;

    @Test
    void events_roundTrip() {
        var journal = new JsonLinesBoardJournal(new MemoryLineJournal());
        var listed = Offers.offer("EO-2", 12, new Eligibility.ListedCountries(Set.of("XB", "XA")), "HT");
        var own = Offers.offer("EO-3", 5, new Eligibility.OwnNationals("XA"), "HT-OU");
        var hold = new Hold("EO-2:h1", "EO-2", "REQ-C", "io.example", Optional.of(new Delegation("XC", "AG-1")), 3,
                T0, T0.plus(TTL), HoldState.HELD);
        List<BoardEvent> events = List.of(new BoardEvent.OfferPublished(listed, T0),
                new BoardEvent.OfferPublished(own, T0), new BoardEvent.HoldPlaced(hold),
                new BoardEvent.HoldMoved("EO-2:h1", HoldState.COMMITTED, T0.plusSeconds(9)));
        events.forEach(journal::append);
        assertThat(journal.readAll()).isEqualTo(events);
    }

    @Test
    void crashMidAppend_losesNoAcknowledgedHold_andNeverOverbooksAfterReplay() throws IOException {
        Path file = dir.resolve("board.jsonl");
        String committed;
        try (var lines = FileLineJournal.open(file)) {
            var board = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            board.publish(Offers.bus40(), T0);
            committed = held(board.hold(Offers.seats("EO-0001", "REQ-A", "origin.example", 25, false), T0)).id();
            board.commit(committed, T0.plusSeconds(5));
            held(board.hold(Offers.seats("EO-0001", "REQ-B", "origin-b.example", 20, true), T0.plusSeconds(6)));
        }
        // the process dies while appending a third hold: half a line, never acknowledged
        Files.writeString(file, "{\"at\":\"2026-03-01T08:00:07Z\",\"event\":\"hold\",\"hold\":{\"id\":\"EO-0",
                StandardOpenOption.APPEND);
        try (var lines = FileLineJournal.open(file)) {
            var board = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            assertThat(board.find(committed, T0.plusSeconds(8)).map(Hold::state)).contains(HoldState.COMMITTED);
            assertThat(board.seatsFree("EO-0001", T0.plusSeconds(8))).contains(0);
            assertThat(board.hold(Offers.seats("EO-0001", "REQ-C", "io.example", 1, true), T0.plusSeconds(9)))
                    .isInstanceOf(BoardResult.Refused.class);
            Instant afterExpiry = T0.plusSeconds(6).plus(TTL);
            assertThat(held(board.hold(Offers.seats("EO-0001", "REQ-D", "io.example", 40, true), afterExpiry)).seats())
                    .isEqualTo(15);
        }
        try (var lines = FileLineJournal.open(file)) {
            var board = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            assertThat(board.seatsFree("EO-0001", T0.plus(TTL).plus(TTL))).contains(0);
            assertThat(board.holds("EO-0001", T0.plus(TTL).plus(TTL))).extracting(Hold::state)
                    .containsExactly(HoldState.COMMITTED, HoldState.EXPIRED, HoldState.HELD);
        }
    }

    @Test
    void journalThatWouldOverbook_refusesToOpen() throws IOException {
        Path file = dir.resolve("board.jsonl");
        try (var lines = FileLineJournal.open(file)) {
            var board = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            board.publish(Offers.bus40(), T0);
            board.hold(new HoldRequest("EO-0001", "REQ-A", "origin.example", Optional.empty(), 40, false, TTL), T0);
        }
        String forged = Files.readAllLines(file).getLast().replace("EO-0001:h1", "EO-0001:h2")
                .replace("REQ-A", "REQ-X").replace("\"seats\":40", "\"seats\":10");
        Files.writeString(file, forged + "\n", StandardOpenOption.APPEND);
        try (var lines = FileLineJournal.open(file)) {
            assertThatThrownBy(() -> EvacuationBoard.open(new JsonLinesBoardJournal(lines)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("would overbook");
        }
    }

    @Test
    void unreadableLine_isAHardError() {
        var lines = new MemoryLineJournal();
        lines.append("{\"event\":\"teleport\",\"at\":\"2026-03-01T08:00:00Z\"}");
        assertThatThrownBy(() -> new JsonLinesBoardJournal(lines).readAll())
                .hasMessage("evacuation journal line 1 cannot be read");
    }

    private static Hold held(BoardResult<Hold> result) {
        return ((BoardResult.Done<Hold>) result).value();
    }
}
