// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.lifeline.vocabulary.Namespaces;

/** Serialises records: one record graph, or a whole export (named graphs kept in TriG and JSON-LD). */
public final class RecordWriter {
    /** Export formats by CLI name. */
    public enum Format {
        TURTLE(RDFFormat.TURTLE_PRETTY, "ttl"), JSONLD(RDFFormat.JSONLD11_PRETTY, "jsonld"), TRIG(RDFFormat.TRIG_PRETTY, "trig");

        final RDFFormat rdf;
        public final String extension;

        Format(RDFFormat rdf, String extension) {
            this.rdf = rdf;
            this.extension = extension;
        }

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be turtle, jsonld or trig but was '" + name + "'", e);
            }
        }
    }

    private RecordWriter() {
    }

    public static void write(Graph graph, Format format, OutputStream out) {
        graph.getPrefixMapping().setNsPrefixes(prefixes());
        RDFDataMgr.write(out, graph, format == Format.TRIG ? RDFFormat.TURTLE_PRETTY : format.rdf);
    }

    /** Turtle has no named graphs: it writes the union, which is lossless because record IRIs are unique. */
    public static void write(DatasetGraph dataset, Format format, OutputStream out) {
        dataset.prefixes().putAll(prefixes());
        if (format == Format.TURTLE) {
            write(dataset.getUnionGraph(), Format.TURTLE, out);
        } else {
            RDFDataMgr.write(out, dataset, format.rdf);
        }
    }

    private static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(Namespaces.PREFIXES);
    }
}
