// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.lifeline.node.store.RecordRef;

/** A record read from an input file, not yet validated: its ref, data and the line it started on. */
public record ParsedRecord(RecordRef ref, Graph data, long line, Optional<Instant> expiresOn) {
}
