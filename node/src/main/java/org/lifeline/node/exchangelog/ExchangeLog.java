// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Write side of an exchange log. {@link #append} is durable when it returns: an entry whose index was returned survives
 * a crash (implementations document how). Broken IO surfaces as {@link UncheckedIOException}; after one the log must
 * be reopened.
 */
public interface ExchangeLog extends ExchangeLogReader, AutoCloseable {

    /** Appends {@code entries} as one batch, durably; returns the index of the first. */
    long append(List<ExchangeEntry> entries);

    /** Stores a checkpoint this log signed; refused unless its root is this log's root at its size. */
    void addCheckpoint(SignedCheckpoint checkpoint);

    /** Signs and stores a checkpoint of the current tree, timestamped to the whole second of {@code clock}. */
    default SignedCheckpoint checkpoint(String origin, CheckpointSigner logKey, Clock clock) {
        long size = size();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SignedCheckpoint signed = SignedCheckpoint.sign(new Checkpoint(origin, size, root(size), now), logKey);
        addCheckpoint(signed);
        return signed;
    }

    @Override
    void close();
}
