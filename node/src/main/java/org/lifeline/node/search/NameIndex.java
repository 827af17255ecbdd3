// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.List;
import java.util.function.LongConsumer;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.StoredRecord;

/**
 * A searchable index of the people in a node's records. Implementations generate candidates by name (phonetic,
 * fuzzy) and rescore them with {@link MatchScorer}, so every answer is explainable the same way.
 */
public interface NameIndex extends AutoCloseable {
    /** Adds or replaces the record's entry; records without person data are dropped from the index. */
    void index(StoredRecord record);

    void remove(RecordRef ref);

    /** Up to {@code k} candidates at or above the scorer's threshold, best first. */
    List<Candidate> search(PersonQuery query, int k);

    /** Replaces the whole index with the reader's records; {@code progress} is told the running count. */
    long rebuild(RecordReader reader, LongConsumer progress);

    default long rebuild(RecordReader reader) {
        return rebuild(reader, n -> { });
    }

    @Override
    void close();
}
