// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Validates record graphs against the Lifeline SHACL shapes ({@code shapes.ttl}, SHACL Core as implemented by
 * jena-shacl). The parsed shapes are immutable and validation keeps its state per call, so one instance serves all
 * threads.
 */
public final class Shapes {
    private final org.apache.jena.shacl.Shapes shapes;

    private Shapes(Graph shapesGraph) {
        this.shapes = org.apache.jena.shacl.Shapes.parse(shapesGraph);
    }

    /** The shapes shipped with this module, parsed once. */
    public static Shapes lifeline() {
        return Holder.INSTANCE;
    }

    /** Validates one record graph (the contents of one named graph); never throws for non-conforming data. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new ValidationResult(report.getEntries().stream().map(Shapes::toViolation).toList());
    }

    private static Violation toViolation(ReportEntry entry) {
        Node value = entry.value();
        return new Violation(
                render(entry.focusNode()),
                Optional.ofNullable(entry.resultPath()).map(Shapes::fieldName),
                entry.message(),
                Optional.ofNullable(value).map(Shapes::render),
                entry.constraint().getComponent().getLocalName());
    }

    /** Field names are the local names of ll: properties (the consent engine's field names). */
    private static String fieldName(Path path) {
        if (path instanceof P_Link link) {
            return link.getNode().getLocalName();
        }
        if (path instanceof P_Alt alt) {
            return fieldName(alt.getLeft()) + "|" + fieldName(alt.getRight());
        }
        return path.toString();
    }

    private static String render(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static final class Holder {
        static final Shapes INSTANCE = new Shapes(Vocabulary.shapesGraph());
    }
}
