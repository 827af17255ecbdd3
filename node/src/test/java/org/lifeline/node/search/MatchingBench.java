// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lifeline.node.search.lucene.LuceneNameIndex;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;

/**
 * The matching benchmark (issue 7): quality on labelled pairs at the scorer's threshold (with a threshold sweep),
 * then index build time and query latency at each record count given. Writes node/target/bench/matching.json.
 *
 * <p>Run: {@code java -cp <test classpath> org.lifeline.node.search.MatchingBench [--pairs N] [--queries Q] COUNT...}
 */
public final class MatchingBench {
    private MatchingBench() {
    }

    public static void main(String[] args) throws IOException {
        int pairs = 10_000;
        int queries = 1_000;
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                default -> counts.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        Path out = Path.of("node/target/bench");
        Files.createDirectories(out);
        StringBuilder json = new StringBuilder("{\n");
        json.append(quality(pairs)).append(",\n  \"latency\": [");
        for (int i = 0; i < counts.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append(latency(out.resolve("index-" + counts.get(i)), counts.get(i), queries));
        }
        json.append("\n  ]");
        json.append(PprlBench.section(pairs));
        json.append("\n}\n");
        Files.writeString(out.resolve("matching.json"), json);
        System.out.println(json);
    }

    private static String quality(int n) {
        MatchScorer scorer = new MatchScorer();
        LabelledPairs pairs = LabelledPairs.generate(42, n);
        double[] scores = pairs.scores(scorer);
        StringBuilder sweep = new StringBuilder();
        for (double t = 8; t <= 22; t += 1) {
            LabelledPairs.Quality q = pairs.quality(scores, t);
            sweep.append(sweep.isEmpty() ? "" : ", ").append(qualityJson(q));
        }
        LabelledPairs.Quality at = pairs.quality(scores, scorer.threshold());
        return "  \"pairs\": %d,\n  \"threshold\": %.1f,\n  \"quality\": %s,\n  \"sweep\": [%s]"
                .formatted(n, scorer.threshold(), qualityJson(at), sweep);
    }

    static String qualityJson(LabelledPairs.Quality q) {
        return String.format(Locale.ROOT, "{\"threshold\": %.1f, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
                + "\"tp\": %d, \"fp\": %d, \"fn\": %d, \"tn\": %d}", q.threshold(), q.precision(), q.recall(), q.f1(),
                q.tp(), q.fp(), q.fn(), q.tn());
    }

    /** Indexes {@code count} records, then times {@code queries} searches for sampled indexed people. */
    private static String latency(Path dir, int count, int queries) throws IOException {
        deleteTree(dir);
        BenchPopulation population = new BenchPopulation(1);
        List<BenchPopulation.Identity> sought = new ArrayList<>();
        List<RecordRef> soughtRefs = new ArrayList<>();
        int every = Math.max(1, count / queries);
        long t0 = System.nanoTime();
        try (LuceneNameIndex index = LuceneNameIndex.open(dir, new MatchScorer())) {
            for (int i = 0; i < count; i++) {
                BenchPopulation.Identity p = population.identity();
                RecordRef ref = new RecordRef("bench", RecordType.PERSON, "p" + i);
                index.put(ref, population.record(p));
                if (i % every == 0 && sought.size() < queries) {
                    sought.add(p);
                    soughtRefs.add(ref);
                }
            }
            index.commit();
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            List<PersonQuery> qs = sought.stream().map(population::query).toList();
            for (int i = 0; i < Math.min(200, qs.size()); i++) {
                index.search(qs.get(i), 10);
            }
            long[] nanos = new long[qs.size()];
            int found = 0;
            int top1 = 0;
            for (int i = 0; i < qs.size(); i++) {
                long s = System.nanoTime();
                List<Candidate> result = index.search(qs.get(i), 10);
                nanos[i] = System.nanoTime() - s;
                RecordRef want = soughtRefs.get(i);
                found += result.stream().anyMatch(c -> c.ref().equals(want)) ? 1 : 0;
                top1 += !result.isEmpty() && result.getFirst().ref().equals(want) ? 1 : 0;
            }
            Arrays.sort(nanos);
            return String.format(Locale.ROOT, "    {\"records\": %d, \"queries\": %d, \"buildSeconds\": %.1f, "
                    + "\"p50Millis\": %.2f, \"p99Millis\": %.2f, \"foundInTop10\": %.4f, \"top1\": %.4f}", count, qs.size(),
                    buildSeconds, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
                    (double) found / qs.size(), (double) top1 / qs.size());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
