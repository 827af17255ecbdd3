// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read access to a node's own records (write access is {@link RecordStore}: readers cannot change anything). */
public interface RecordReader {
    Optional<StoredRecord> get(RecordRef ref);

    /** Records of one type in record-id order, from {@code offset}, at most {@code limit}. */
    List<StoredRecord> list(RecordType type, int offset, int limit);

    long count(RecordType type);

    /** Refs of records whose retention expiry is before {@code now}. */
    List<RecordRef> expiredAt(Instant now);

    /** Streams every record of the store in one read transaction (exports, index rebuilds). */
    void forEach(Consumer<StoredRecord> action);
}
