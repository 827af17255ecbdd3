// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.time.Instant;
import java.util.List;

/**
 * A node's record store. Every call is one transaction: a batch of puts lands whole or not at all, so a crash
 * mid-import leaves the store consistent and a re-run (idempotent by record id) completes it.
 */
public interface RecordStore extends RecordReader, AutoCloseable {
    /** Writes a batch in one transaction; the outcome list is in input order. */
    List<PutOutcome> putAll(List<NewRecord> records);

    /** Erases a record: its whole named graph, then tells listeners (search index) to drop it. */
    boolean erase(RecordRef ref);

    /** Erases every record whose retention expired before {@code now}. */
    PurgeReport purgeExpired(Instant now);

    void addListener(RecordListener listener);

    @Override
    void close();
}
