// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.util.List;
import org.apache.jena.graph.Graph;

/** Checks one record's data against the vocabulary's shapes; returns (field, reason) pairs, empty when it conforms. */
@FunctionalInterface
public interface RecordValidator {
    List<Violation> validate(Graph record);

    /** A broken constraint: the field (a vocabulary property's local name, or "" for the whole record) and why. */
    record Violation(String field, String reason) {
    }
}
