// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

/**
 * What opening a log directory had to repair. Dropped entry bytes are a torn or corrupt tail of a batch that was never
 * acknowledged (acknowledged batches were synced); dropped index bytes and rehashed leaves are derived data rebuilt.
 */
public record Recovery(long entryBytesDropped, long indexRecordsDropped, long checkpointBytesDropped,
        long leavesRehashed) {

    public boolean clean() {
        return entryBytesDropped == 0 && indexRecordsDropped == 0 && checkpointBytesDropped == 0 && leavesRehashed == 0;
    }
}
