// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.exchangelog.Entries;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.ExchangeLog;
import org.lifeline.node.exchangelog.GroupCommit;
import org.lifeline.node.exchangelog.MerkleTree;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.TestSigner;

class FileExchangeLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_732_400_000L), ZoneOffset.UTC);
    private final TestSigner logKey = TestSigner.log("lifeline.example/node-a", 1);

    @TempDir
    Path dir;

    @Nested
    class Reopen {
        @Test
        void reopen_afterAppends_hasSameEntriesRootsProofsAndCheckpoints_withoutRehashing() {
            SignedCheckpoint cp;
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.append(Entries.range(0, 100))).isZero();
                assertThat(log.append(Entries.range(100, 30))).isEqualTo(100);
                cp = log.checkpoint("lifeline.example/node-a", logKey, CLOCK);
            }
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.recovery().clean()).isTrue();
                assertThat(log.size()).isEqualTo(130);
                assertThat(log.entry(117)).isEqualTo(Entries.entry(117));
                assertThat(log.checkpoints()).containsExactly(cp);
                MerkleTree expected = treeOf(130);
                for (long size : new long[] {1, 64, 99, 130}) {
                    assertThat(log.root(size)).isEqualTo(expected.root(size));
                    assertThat(log.inclusionProof(size - 1, size)).isEqualTo(expected.inclusionProof(size - 1, size));
                    assertThat(log.consistencyProof(1, size)).isEqualTo(expected.consistencyProof(1, size));
                }
            }
        }

        @Test
        void checkpoint_thatDoesNotMatchTheLog_isRefused() {
            try (var log = FileExchangeLog.open(dir)) {
                log.append(Entries.range(0, 10));
                SignedCheckpoint cp = log.checkpoint("lifeline.example/node-a", logKey, CLOCK);
                try (var other = FileExchangeLog.open(dir.resolve("other"))) {
                    other.append(Entries.range(5, 10));
                    assertThatThrownBy(() -> other.addCheckpoint(cp)).isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
    }

    @Nested
    class Repair {
        @Test
        void tornTail_midRecord_isTruncatedToTheLastGoodRecord() throws IOException {
            long cut = appendTwoBatchesAndReturnEntriesSize(10, 5) - 7;
            truncate(dir.resolve("entries.seg"), cut);
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.size()).isEqualTo(14);
                assertThat(log.recovery().entryBytesDropped()).isPositive();
                assertThat(log.root()).isEqualTo(treeOf(14).root());
                log.append(List.of(Entries.entry(14)));
            }
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.recovery().clean()).isTrue();
                assertThat(log.root()).isEqualTo(treeOf(15).root());
            }
        }

        @Test
        void flippedCrcByte_inLastRecord_dropsThatRecordOnly() throws IOException {
            long end = appendTwoBatchesAndReturnEntriesSize(10, 5);
            flipByte(dir.resolve("entries.seg"), end - 1);
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.size()).isEqualTo(14);
                assertThat(log.entry(13)).isEqualTo(Entries.entry(13));
            }
        }

        @Test
        void crashMidBatch_losesNothingAcknowledged() throws IOException {
            try (var log = FileExchangeLog.open(dir)) {
                log.append(Entries.range(0, 40));
            }
            // Simulate the process dying during the next batch's write: part of its frames reached the file,
            // the index never did, and append() never returned.
            Path scratch = dir.resolve("scratch");
            try (var other = FileExchangeLog.open(scratch)) {
                other.append(Entries.range(0, 40));
                other.append(Entries.range(40, 20));
            }
            byte[] full = Files.readAllBytes(scratch.resolve("entries.seg"));
            long acknowledgedEnd = Files.size(dir.resolve("entries.seg"));
            int partial = (int) (acknowledgedEnd + (full.length - acknowledgedEnd) * 3 / 5);
            Files.write(dir.resolve("entries.seg"), full, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
            truncate(dir.resolve("entries.seg"), partial);
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.size()).isBetween(40L, 59L);
                for (long i = 0; i < log.size(); i++) {
                    assertThat(log.entry(i)).isEqualTo(Entries.entry(i));
                }
                assertThat(log.recovery().leavesRehashed()).isEqualTo(log.size() - 40);
            }
        }

        @Test
        void lostOrTornIndex_isRebuiltFromEntries() throws IOException {
            appendTwoBatchesAndReturnEntriesSize(10, 5);
            truncate(dir.resolve("leaves.idx"), 6L * LeafIndex.RECORD + 10);
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.recovery().leavesRehashed()).isEqualTo(9);
                assertThat(log.root()).isEqualTo(treeOf(15).root());
            }
            Files.delete(dir.resolve("leaves.idx"));
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.recovery().leavesRehashed()).isEqualTo(15);
                assertThat(log.root()).isEqualTo(treeOf(15).root());
            }
        }

        @Test
        void indexPointingPastRepairedEntries_isCutBack() throws IOException {
            appendTwoBatchesAndReturnEntriesSize(10, 5);
            byte[] afterTen;
            try (var probe = FileExchangeLog.open(dir.resolve("probe"))) {
                probe.append(Entries.range(0, 10));
            }
            afterTen = Files.readAllBytes(dir.resolve("probe").resolve("entries.seg"));
            truncate(dir.resolve("entries.seg"), afterTen.length + 3);
            try (var log = FileExchangeLog.open(dir)) {
                assertThat(log.size()).isEqualTo(10);
                assertThat(log.recovery().indexRecordsDropped()).isEqualTo(5);
                assertThat(log.root()).isEqualTo(treeOf(10).root());
            }
        }
    }

    @Test
    void groupCommit_fromManyThreads_givesEveryEntryItsOwnDurableIndex() throws Exception {
        List<Long> indexes = new ArrayList<>();
        try (var log = FileExchangeLog.open(dir); ExecutorService pool = Executors.newFixedThreadPool(8)) {
            var commit = new GroupCommit(log);
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ExchangeEntry e = Entries.entry(i);
                futures.add(pool.submit(() -> commit.append(e)));
            }
            for (int i = 0; i < futures.size(); i++) {
                long index = futures.get(i).get();
                indexes.add(index);
                assertThat(log.entry(index)).isEqualTo(Entries.entry(i));
            }
        }
        assertThat(indexes).doesNotHaveDuplicates().allMatch(i -> i >= 0 && i < 200);
        try (ExchangeLog log = FileExchangeLog.open(dir)) {
            assertThat(log.size()).isEqualTo(200);
        }
    }

    private long appendTwoBatchesAndReturnEntriesSize(int first, int second) throws IOException {
        try (var log = FileExchangeLog.open(dir)) {
            log.append(Entries.range(0, first));
            log.append(Entries.range(first, second));
        }
        return Files.size(dir.resolve("entries.seg"));
    }

    static MerkleTree treeOf(int n) {
        MerkleTree t = new MerkleTree();
        Entries.range(0, n).forEach(e -> t.append(e.leafHash()));
        return t;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            int b = raf.read();
            raf.seek(at);
            raf.write(b ^ 0xff);
        }
    }
}
