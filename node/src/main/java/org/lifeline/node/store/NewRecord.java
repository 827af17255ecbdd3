// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/** A record to write: its data (triples about the record IRI and its parts), provenance and retention expiry. */
public record NewRecord(RecordRef ref, Graph data, Provenance provenance, Optional<Instant> expiresOn) {
    public NewRecord {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }
}
