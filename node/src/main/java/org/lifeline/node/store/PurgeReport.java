// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.time.Instant;
import java.util.List;

/** Result of a retention purge: which records expired and were erased (ids only, no personal data). */
public record PurgeReport(Instant at, List<RecordRef> erased) {
    public PurgeReport {
        erased = List.copyOf(erased);
    }
}
