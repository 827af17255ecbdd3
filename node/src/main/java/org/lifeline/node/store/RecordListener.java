// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.util.List;

/** Told after a transaction commits, so derived structures (the name index) follow the store. */
public interface RecordListener {
    void stored(StoredRecord record);

    /** One committed batch; listeners that persist their own state (the name index) commit once per batch here. */
    default void storedAll(List<StoredRecord> records) {
        records.forEach(this::stored);
    }

    void erased(RecordRef ref);
}
