// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.lifeline.node.store.NewRecord;
import org.lifeline.node.store.Provenance;
import org.lifeline.node.store.PutOutcome;
import org.lifeline.node.store.RecordStore;

/**
 * Validates records from a {@link RecordSource} and writes the good ones to the store in batches, one transaction
 * per batch. Bad rows are collected with file, line, field and reason; good rows around them still land. Because
 * records are keyed by their stable id and unchanged content is skipped, re-running an interrupted import is safe.
 */
public final class Importer {
    public static final int DEFAULT_BATCH = 1000;

    private final RecordStore store;
    private final RecordValidator validator;
    private final Clock clock;
    private final int batchSize;

    public Importer(RecordStore store, RecordValidator validator, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1 but was " + batchSize);
        }
        this.store = store;
        this.validator = validator;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Imports everything {@code source} yields. {@code fileLabel} is recorded as provenance and in errors,
     * {@code operator} is who ran the import, {@code defaultRetention} applies where a row gives no expiry.
     */
    public ImportReport run(RecordSource source, String fileLabel, String operator, Optional<Duration> defaultRetention,
                            DoubleConsumer progress) throws IOException {
        Instant started = clock.instant();
        var tally = new Tally();
        List<ParsedRecord> pending = new ArrayList<>(batchSize);
        boolean more = true;
        while (more) {
            more = source.next(parsed -> {
                tally.rows++;
                pending.add(parsed);
            }, rowErrors -> {
                tally.rows++;
                tally.errors.addAll(rowErrors);
            });
            if (pending.size() >= batchSize || (!more && !pending.isEmpty())) {
                writeBatch(pending, fileLabel, operator, defaultRetention, tally);
                pending.clear();
                progress.accept(source.progress());
            }
        }
        progress.accept(1.0);
        tally.errors.sort(java.util.Comparator.comparingLong(RowError::line));
        return new ImportReport(fileLabel, tally.rows, tally.created, tally.updated, tally.unchanged, tally.errors,
                source.warnings(), Duration.between(started, clock.instant()));
    }

    /** Validates a batch on all cores (SHACL validation is CPU-bound and thread-safe), then writes it in one transaction. */
    private void writeBatch(List<ParsedRecord> parsed, String fileLabel, String operator, Optional<Duration> defaultRetention,
                            Tally tally) {
        List<List<RecordValidator.Violation>> verdicts = parsed.parallelStream().map(p -> validator.validate(p.data())).toList();
        List<NewRecord> batch = new ArrayList<>(parsed.size());
        Instant now = clock.instant();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedRecord p = parsed.get(i);
            if (!verdicts.get(i).isEmpty()) {
                verdicts.get(i).forEach(v -> tally.errors.add(new RowError(fileLabel, p.line(), v.field(), v.reason())));
                continue;
            }
            Optional<Instant> expires = p.expiresOn().or(() -> defaultRetention.map(now::plus));
            batch.add(new NewRecord(p.ref(), p.data(), Provenance.file(p.ref().nodeId(), fileLabel, p.line(), now, operator),
                    expires));
        }
        if (!batch.isEmpty()) {
            tally.count(store.putAll(batch));
        }
    }

    private static final class Tally {
        long rows;
        long created;
        long updated;
        long unchanged;
        final List<RowError> errors = new ArrayList<>();

        void count(List<PutOutcome> outcomes) {
            for (PutOutcome o : outcomes) {
                switch (o) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
    }
}
