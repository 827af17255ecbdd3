// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.lifeline.node.aggregates.file.FilePrivacyBudgetLedger;
import org.lifeline.node.aggregates.tdb.TdbAggregateSource;
import org.lifeline.node.io.ImportService;
import org.lifeline.node.io.Importer;
import org.lifeline.node.sample.SyntheticPopulation;
import org.lifeline.node.store.tdb.TdbRecordStore;

/**
 * Utility and throughput of the aggregate engine on synthetic data (issue 9 closing note). Imports
 * {@code SyntheticPopulation} rows into an in-memory TDB2 store, reads them back with {@link TdbAggregateSource}, then
 * per grouping and ε: mean absolute error of released cells against the exact counts (over repeated answers, seeded),
 * the share of cells suppressed, and answers per second with a SecureRandom; finally fsync'ed ledger spends per second.
 * Writes node/target/bench/aggregates.json. Run: java -cp (test classpath) org.lifeline.node.aggregates.AggregatesBench [rows]
 */
public final class AggregatesBench {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final AggregatePolicy POLICY = new AggregatePolicy(5, Epsilon.of(2), Epsilon.of(100),
            Duration.ofDays(1), true);
    private static final int REPEATS = 50;

    private record Loaded(List<AggregateRow> rows, double readSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Loaded loaded = syntheticRows(count);
        List<AggregateRow> rows = loaded.rows();
        List<String> results = new ArrayList<>();
        Map<String, List<Dimension>> groupings = Map.of(
                "sex x admin1", List.of(Dimension.SEX, Dimension.ADMIN1),
                "nationality x sex x age-band", List.of(Dimension.NATIONALITY, Dimension.SEX, Dimension.AGE_BAND));
        for (var grouping : groupings.entrySet()) {
            for (double eps : new double[] {0.5, 1, 2}) {
                results.add(measure(grouping.getKey(), grouping.getValue(), Epsilon.of(eps), rows));
            }
        }
        String json = String.format(Locale.ROOT, "{\n  \"rows\": %d,\n  \"readRowsSeconds\": %.2f,\n  \"minCellSize\": %d,\n  \"results\": [\n%s\n  ],\n"
                + "  \"ledgerSpendsPerSecond\": %.0f\n}\n", rows.size(), loaded.readSeconds(), POLICY.minCellSize(),
                String.join(",\n", results), ledgerSpendsPerSecond());
        Path out = Path.of("node/target/bench/aggregates.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.print(json);
    }

    private static Loaded syntheticRows(int count) throws Exception {
        Path csv = Files.createTempFile("agg-bench", ".csv");
        try (var writer = Files.newBufferedWriter(csv)) {
            new SyntheticPopulation(2026).writeCsv(writer, "b", count);
        }
        try (TdbRecordStore store = TdbRecordStore.inMemory()) {
            var imports = new ImportService(new Importer(store, g -> List.of(),
                    Clock.fixed(NOW, ZoneOffset.UTC), 1000), "bench", Optional.empty());
            long start = System.nanoTime();
            imports.importFile(csv, "bench.csv", p -> { });
            Files.delete(csv);
            long read = System.nanoTime();
            List<AggregateRow> rows = new TdbAggregateSource(store.dataset()).rows("person");
            double readSeconds = (System.nanoTime() - read) / 1e9;
            System.err.printf(Locale.ROOT, "import %.1f s, read %d rows %.2f s%n", (read - start) / 1e9, rows.size(),
                    readSeconds);
            return new Loaded(rows, readSeconds);
        }
    }

    private static String measure(String name, List<Dimension> dims, Epsilon eps, List<AggregateRow> rows) {
        AggregateQuery query = AggregateQuery.of("person", dims, eps);
        CountTable exact = CountTable.tabulate(query, rows, POLICY.minCellSize(), LocalDate.ofInstant(NOW, ZoneOffset.UTC));
        double absError = 0;
        long released = 0;
        long suppressed = 0;
        AggregateAnswer last = null;
        for (int i = 0; i < REPEATS; i++) {
            last = answer(query, rows, new SplittableRandom(i));
            for (CellResult cell : last.cells()) {
                if (cell instanceof CellResult.Released r && cell.key().isCell()) {
                    absError += Math.abs(r.value() - exact.count(r.key()));
                    released++;
                } else if (cell.key().isCell()) {
                    suppressed++;
                }
            }
        }
        DiscreteLaplace noise = new DiscreteLaplace(eps, last.sensitivity());
        double p = noise.p();
        RandomGenerator secure = new SecureRandom();
        int n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 2_000_000_000L) {
            answer(query, rows, secure);
            n++;
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        return String.format(Locale.ROOT, "    {\"grouping\": \"%s\", \"epsilon\": %s, \"sensitivity\": %d, "
                        + "\"cellsPerAnswer\": %d, \"suppressedShare\": %.3f, \"maePerReleasedCell\": %.3f, "
                        + "\"maeClosedForm\": %.3f, \"halfWidth95\": %d, \"answersPerSecond\": %.1f}",
                name, eps, last.sensitivity(), exact.keys(0).size(), suppressed / (double) (suppressed + released),
                released == 0 ? Double.NaN : absError / released, 2 * p / (1 - p * p), noise.halfWidth95(), perSecond);
    }

    private static AggregateAnswer answer(AggregateQuery query, List<AggregateRow> rows, RandomGenerator random) {
        return (AggregateAnswer) new AggregateEngine(new InMemoryPrivacyBudgetLedger())
                .answer(query, rows, POLICY, "bench", NOW, random);
    }

    private static double ledgerSpendsPerSecond() throws Exception {
        Path dir = Files.createTempDirectory("agg-ledger");
        Path file = dir.resolve("budget.ledger");
        BudgetPeriod period = BudgetPeriod.containing(NOW, Duration.ofDays(1));
        int n = 500;
        long start = System.nanoTime();
        try (var ledger = FilePrivacyBudgetLedger.open(file)) {
            for (int i = 0; i < n; i++) {
                ledger.spend("bench", new Epsilon(1), Epsilon.of(100), period);
            }
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        Files.delete(file);
        Files.delete(dir);
        return perSecond;
    }

    private AggregatesBench() {
    }

}
