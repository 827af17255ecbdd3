// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * A record as read back: its data graph (record triples plus provenance and retention triples on the record IRI),
 * the provenance, expiry and the hash of its content (which excludes provenance, so re-imports can be compared).
 */
public record StoredRecord(RecordRef ref, Graph graph, Provenance provenance, Optional<Instant> expiresOn, String contentHash) {
}
