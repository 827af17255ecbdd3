// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.lifeline.node.testing.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReplayCacheTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock(T0);

    @Test
    void markIfAbsent_firstTimeTrue_thenFalseUntilKeepUntil_thenFreeAgain() throws Exception {
        try (var cache = FileReplayCache.open(dir.resolve("r"), clock)) {
            assertThat(cache.markIfAbsent("origin.example", "j-1", T0.plusSeconds(10))).isTrue();
            assertThat(cache.contains("origin.example", "j-1")).isTrue();
            assertThat(cache.markIfAbsent("origin.example", "j-1", T0.plusSeconds(10))).isFalse();
            assertThat(cache.contains("host.example", "j-1")).as("jti is per issuer").isFalse();
            clock.set(T0.plusSeconds(10));
            assertThat(cache.contains("origin.example", "j-1")).isFalse();
        }
    }

    @Test
    void reopen_remembersLiveEntries_andDropsExpiredOnes() throws Exception {
        Path file = dir.resolve("r");
        try (var cache = FileReplayCache.open(file, clock)) {
            cache.markIfAbsent("origin.example", "short", T0.plusSeconds(5));
            cache.markIfAbsent("origin.example", "long", T0.plusSeconds(100));
        }
        clock.set(T0.plusSeconds(50));
        try (var cache = FileReplayCache.open(file, clock)) {
            assertThat(cache.contains("origin.example", "long")).isTrue();
            assertThat(cache.contains("origin.example", "short")).isFalse();
            assertThat(cache.size()).isEqualTo(1);
        }
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void reopen_afterATornLastLine_keepsTheCompleteOnes() throws Exception {
        Path file = dir.resolve("r");
        try (var cache = FileReplayCache.open(file, clock)) {
            cache.markIfAbsent("origin.example", "j-1", T0.plusSeconds(100));
        }
        Files.writeString(file, "1772352100 abc", StandardOpenOption.APPEND);
        try (var cache = FileReplayCache.open(file, clock)) {
            assertThat(cache.contains("origin.example", "j-1")).isTrue();
            assertThat(cache.size()).isEqualTo(1);
        }
    }

    @Test
    void file_isCompacted_soItStaysBoundedByTheLiveWindow() throws Exception {
        Path file = dir.resolve("r");
        try (var cache = FileReplayCache.open(file, clock, 10)) {
            for (int i = 0; i < 200; i++) {
                cache.markIfAbsent("origin.example", "j-" + i, clock.instant().plusSeconds(2));
                clock.advance(Duration.ofSeconds(1));
            }
            // only the last entry (kept until now + 1 s) is still live
            assertThat(cache.size()).isEqualTo(1);
            assertThat(cache.contains("origin.example", "j-199")).isTrue();
        }
        assertThat(Files.readAllLines(file).size()).isBetween(1, 2 * 10 + 2);
    }

    @Test
    void markIfAbsent_raceOfTheSameJti_exactlyOneWins() throws Exception {
        try (var cache = FileReplayCache.open(dir.resolve("r"), clock);
             var pool = Executors.newFixedThreadPool(8)) {
            Callable<Boolean> attempt = () -> cache.markIfAbsent("origin.example", "j-1", T0.plusSeconds(60));
            var results = pool.invokeAll(IntStream.range(0, 32).mapToObj(i -> attempt).toList());
            long wins = 0;
            for (var r : results) {
                wins += r.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        }
    }
}
