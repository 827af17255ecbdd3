// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

/** Told after a transaction commits, so derived structures (the name index) follow the store. */
public interface RecordListener {
    void stored(StoredRecord record);

    void erased(RecordRef ref);
}
