// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.shacl;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lifeline.node.io.RecordValidator;

/** {@link RecordValidator} over the vocabulary's SHACL shapes ({@code shapes.ttl}, parsed once; thread-safe). */
public final class ShaclRecordValidator implements RecordValidator {
    static final String SHAPES_RESOURCE = "/org/lifeline/vocabulary/shapes.ttl";

    private final Shapes shapes;

    private ShaclRecordValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Loads the vocabulary's shapes from the class path. */
    public static ShaclRecordValidator vocabularyShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShaclRecordValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary shapes " + SHAPES_RESOURCE + " missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ShaclRecordValidator(Shapes.parse(g));
    }

    @Override
    public List<Violation> validate(Graph record) {
        var report = ShaclValidator.get().validate(shapes, record);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(fieldOf(e), e.message()));
        }
        return violations;
    }

    private static String fieldOf(ReportEntry e) {
        if (e.resultPath() == null) {
            return "";
        }
        String path = e.resultPath().toString();
        int cut = Math.max(path.lastIndexOf('#'), path.lastIndexOf('/'));
        return path.substring(cut + 1).replace(">", "");
    }
}
