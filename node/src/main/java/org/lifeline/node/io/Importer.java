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
        List<NewRecord> batch = new ArrayList<>(batchSize);
        boolean more = true;
        while (more) {
            more = source.next(parsed -> {
                tally.rows++;
                List<RecordValidator.Violation> violations = validator.validate(parsed.data());
                if (!violations.isEmpty()) {
                    violations.forEach(v -> tally.errors.add(new RowError(fileLabel, parsed.line(), v.field(), v.reason())));
                    return;
                }
                Instant now = clock.instant();
                Optional<Instant> expires = parsed.expiresOn().or(() -> defaultRetention.map(now::plus));
                batch.add(new NewRecord(parsed.ref(), parsed.data(),
                        Provenance.file(parsed.ref().nodeId(), fileLabel, parsed.line(), now, operator), expires));
            }, rowErrors -> {
                tally.rows++;
                tally.errors.addAll(rowErrors);
            });
            if (batch.size() >= batchSize || (!more && !batch.isEmpty())) {
                tally.count(store.putAll(batch));
                batch.clear();
                progress.accept(source.progress());
            }
        }
        progress.accept(1.0);
        return new ImportReport(fileLabel, tally.rows, tally.created, tally.updated, tally.unchanged, tally.errors,
                source.warnings(), Duration.between(started, clock.instant()));
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
