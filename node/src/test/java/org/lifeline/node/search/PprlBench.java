// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.lifeline.node.linkage.AgreementKey;
import org.lifeline.node.linkage.Clk;
import org.lifeline.node.linkage.ClkEncoder;
import org.lifeline.node.linkage.ClkMatrix;
import org.lifeline.node.linkage.PprlRecord;
import org.lifeline.node.linkage.PprlScorer;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;

/** The PPRL part of the matching benchmark: quality against plaintext on the same pairs, and Dice throughput. */
final class PprlBench {
    static final AgreementKey KEY = AgreementKey.derive("bench-shared-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
            "https://xa.example/id/agreement/bench");
    private static final int MATRIX_ROWS = 1_000_000;

    private PprlBench() {
    }

    static String section(int n) {
        LabelledPairs pairs = LabelledPairs.generate(42, n);
        MatchScorer plain = new MatchScorer();
        LabelledPairs.Quality p = pairs.quality(pairs.scores(plain), plain.threshold());
        LabelledPairs.Quality e = pairs.quality(scores(pairs, new PprlScorer(MatchWeights.DEFAULT, plain.threshold())),
                plain.threshold());
        return String.format(Locale.ROOT, ",\n  \"pprl\": {\"quality\": %s, \"precisionDelta\": %.4f, \"recallDelta\": %.4f,"
                + "\n    \"dice\": %s}", MatchingBench.qualityJson(e), e.precision() - p.precision(), e.recall() - p.recall(),
                throughput());
    }

    static double[] scores(LabelledPairs pairs, PprlScorer scorer) {
        ClkEncoder encoder = new ClkEncoder(KEY);
        RecordRef ref = new RecordRef("bench", RecordType.PERSON, "x");
        double[] s = new double[pairs.pairs().size()];
        for (int i = 0; i < s.length; i++) {
            LabelledPairs.Pair pair = pairs.pairs().get(i);
            s[i] = scorer.score(ref, encoder.encode(pair.query()), encoder.encode(pair.record())).score();
        }
        return s;
    }

    /** Dice comparisons per second over a 1M-row matrix of 1024-bit name filters, on one thread and on all cores. */
    private static String throughput() {
        ClkEncoder encoder = new ClkEncoder(KEY);
        BenchPopulation population = new BenchPopulation(3);
        Clk[] distinct = new Clk[10_000];
        for (int i = 0; i < distinct.length; i++) {
            distinct[i] = encoder.encode(population.record(population.identity())).names();
        }
        ClkMatrix matrix = new ClkMatrix(distinct[0].bits(), MATRIX_ROWS);
        for (int i = 0; i < MATRIX_ROWS; i++) {
            matrix.add(distinct[i % distinct.length]);
        }
        Clk query = distinct[17];
        AtomicLong hits = new AtomicLong();
        for (int warm = 0; warm < 3; warm++) {
            matrix.scan(query, 0.6, r -> hits.incrementAndGet());
        }
        int rounds = 10;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            matrix.scan(query, 0.6, r -> hits.incrementAndGet());
        }
        double single = rounds * (double) MATRIX_ROWS / ((System.nanoTime() - t0) / 1e9);
        int threads = Runtime.getRuntime().availableProcessors();
        int chunk = (MATRIX_ROWS + threads - 1) / threads;
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            IntStream.range(0, threads).parallel().forEach(t -> matrix.scan(query, 0.6, t * chunk, (t + 1) * chunk,
                    r -> hits.incrementAndGet()));
        }
        double parallel = rounds * (double) MATRIX_ROWS / ((System.nanoTime() - t1) / 1e9);
        return String.format(Locale.ROOT, "{\"filterBits\": %d, \"rows\": %d, \"perSecondOneThread\": %.0f, "
                + "\"perSecondAllCores\": %.0f, \"cores\": %d, \"hits\": %d}", query.bits(), MATRIX_ROWS, single, parallel,
                threads, hits.get());
    }
}
