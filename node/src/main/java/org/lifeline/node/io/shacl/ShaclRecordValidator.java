// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.shacl;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.lifeline.node.io.RecordValidator;
import org.lifeline.vocabulary.Shapes;

/** {@link RecordValidator} over the vocabulary's SHACL shapes (parsed once by {@link Shapes}; thread-safe). */
public final class ShaclRecordValidator implements RecordValidator {
    private final Shapes shapes;

    private ShaclRecordValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShaclRecordValidator vocabularyShapes() {
        return new ShaclRecordValidator(Shapes.lifeline());
    }

    /** Violations with the field's local name (several joined by '|', "" for a whole-record rule); never the value. */
    @Override
    public List<Violation> validate(Graph record) {
        return shapes.validate(record).violations().stream()
                .map(v -> new Violation(v.field().orElse(""), v.message()))
                .toList();
    }
}
