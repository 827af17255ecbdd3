// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.node.evacuation.Offers.T0;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.evacuation.file.JsonLinesBoardJournal;
import org.lifeline.node.journal.file.FileLineJournal;

/**
 * Many simultaneous holds on one offer from several requesting nodes (as the transport delivers them from peers):
 * granted seats never exceed capacity, the journal replays to the same state.
 */
class EvacuationBoardConcurrencyTest {
    private static final int THREADS = 32;
    private static final int REQUESTS = 200;
    private static final List<String> NODES = List.of("origin.example", "origin-b.example", "io.example");

    @TempDir
    Path dir;

    @Test
    void simultaneousHolds_neverOverbook_andReplayAgrees() throws Exception {
        Path file = dir.resolve("board.jsonl");
        List<BoardResult<Hold>> results;
        try (var lines = FileLineJournal.open(file)) {
            var board = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            board.publish(Offers.bus40(), T0);
            results = runAtOnce(i -> board.hold(Offers.seats("EO-0001", "REQ-" + i, NODES.get(i % NODES.size()),
                    1 + new Random(i).nextInt(5), i % 2 == 0), T0));
            int granted = results.stream().filter(r -> r instanceof BoardResult.Done<Hold>)
                    .mapToInt(r -> ((BoardResult.Done<Hold>) r).value().seats()).sum();
            assertThat(granted).isEqualTo(40);
            assertThat(board.seatsFree("EO-0001", T0)).contains(0);
            assertThat(results).filteredOn(r -> r instanceof BoardResult.Refused<Hold>).isNotEmpty();
        }
        try (var lines = FileLineJournal.open(file)) {
            var replayed = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            assertThat(replayed.seatsFree("EO-0001", T0)).contains(0);
            assertThat(replayed.holds("EO-0001", T0)).hasSize((int) results.stream()
                    .filter(r -> r instanceof BoardResult.Done<Hold>).count());
        }
    }

    @Test
    void simultaneousHoldsAndReleases_keepFreeSeatsEqualToCapacityMinusActiveHolds() throws Exception {
        try (var lines = FileLineJournal.open(dir.resolve("board.jsonl"))) {
            var board = EvacuationBoard.open(new JsonLinesBoardJournal(lines));
            board.publish(Offers.bus40(), T0);
            runAtOnce(i -> {
                BoardResult<Hold> r = board.hold(Offers.seats("EO-0001", "REQ-" + i, NODES.get(i % 3), 3, true), T0);
                if (r instanceof BoardResult.Done<Hold>(Hold h) && i % 3 == 0) {
                    board.release(h.id(), T0);
                }
                return r;
            });
            int active = board.holds("EO-0001", T0).stream().filter(h -> h.state().occupiesSeats())
                    .mapToInt(Hold::seats).sum();
            assertThat(active).isLessThanOrEqualTo(40);
            assertThat(board.seatsFree("EO-0001", T0)).contains(40 - active);
        }
    }

    private interface Task {
        BoardResult<Hold> run(int i);
    }

    private static List<BoardResult<Hold>> runAtOnce(Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var start = new CountDownLatch(1);
            List<Future<BoardResult<Hold>>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                Callable<BoardResult<Hold>> c = () -> {
                    start.await();
                    return task.run(n);
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<BoardResult<Hold>> results = new ArrayList<>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
