// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a record came from: the node that created it, the file and line it was imported from (if any), when and by
 * whom (an operator or process id, never a data subject). Stored in the record's graph with PROV-O terms.
 */
public record Provenance(String sourceNode, Optional<String> importedFrom, OptionalLong sourceLine, Instant at, String by) {
    public Provenance {
        Objects.requireNonNull(sourceNode, "sourceNode");
        Objects.requireNonNull(importedFrom, "importedFrom");
        Objects.requireNonNull(sourceLine, "sourceLine");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    public static Provenance api(String sourceNode, Instant at, String by) {
        return new Provenance(sourceNode, Optional.empty(), OptionalLong.empty(), at, by);
    }

    public static Provenance file(String sourceNode, String file, long line, Instant at, String by) {
        return new Provenance(sourceNode, Optional.of(file), OptionalLong.of(line), at, by);
    }
}
