// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The vocabulary's resources, loaded from the class path once and shared read-only: the ontology with its concept
 * schemes ({@code lifeline.ttl}), the SHACL shapes graph and the JSON-LD context document.
 */
public final class Vocabulary {
    /** IRI under which records refer to the context ({@code "@context": CONTEXT_IRI}); served offline by {@link JsonLd}. */
    public static final String CONTEXT_IRI = "https://w3id.org/lifeline/context.jsonld";
    static final String ONTOLOGY_RESOURCE = "lifeline.ttl";
    static final String SHAPES_RESOURCE = "shapes.ttl";
    static final String CONTEXT_RESOURCE = "context.jsonld";

    private Vocabulary() {
    }

    /** The ontology and concept schemes; read-only (writes throw), safe to share between threads. */
    public static Model ontology() {
        return Loaded.ONTOLOGY;
    }

    /** The SHACL shapes as a read-only graph, e.g. to publish them; {@link Shapes#lifeline()} validates with them. */
    public static Graph shapesGraph() {
        return Loaded.SHAPES;
    }

    /** The JSON-LD 1.1 context document ({@code {"@context": {...}}}) as text. */
    public static String jsonLdContext() {
        return Loaded.CONTEXT;
    }

    static InputStream open(String resource) {
        InputStream in = Vocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("vocabulary resource missing from the class path: " + resource);
        }
        return in;
    }

    private static Graph readTurtle(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = open(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(LL.NS).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary resource " + resource, e);
        }
        return new GraphReadOnly(graph);
    }

    private static String readText(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary resource " + resource, e);
        }
    }

    /** Initialisation-on-demand holder: loads each resource once, on first use, without locking afterwards. */
    private static final class Loaded {
        static final Model ONTOLOGY = ModelFactory.createModelForGraph(readTurtle(ONTOLOGY_RESOURCE));
        static final Graph SHAPES = readTurtle(SHAPES_RESOURCE);
        static final String CONTEXT = readText(CONTEXT_RESOURCE);
    }
}
