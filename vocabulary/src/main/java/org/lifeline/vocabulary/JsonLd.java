// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Reading Lifeline records written as JSON-LD without network access. Jena's JSON-LD 1.1 reader (Titanium) would
 * otherwise dereference every remote {@code @context} a document names, letting an imported file make the node fetch
 * arbitrary URLs. Here {@link Vocabulary#CONTEXT_IRI} is served from the class path and any other remote document
 * fails the parse.
 */
public final class JsonLd {
    private static final DocumentLoader OFFLINE = JsonLd::load;

    private JsonLd() {
    }

    /**
     * A fresh Jena parser context for {@code RDFParser...context(ctx)}. Fresh on every call because Jena sets the base
     * IRI on the options object it finds there, so sharing one between parses would race.
     */
    public static Context parserContext() {
        Context context = new Context();
        context.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, new JsonLdOptions(OFFLINE));
        return context;
    }

    /**
     * Parses a JSON-LD document into a new graph, resolving relative IRIs against {@code baseIri}.
     *
     * @throws org.apache.jena.riot.RiotException if the JSON is malformed, is not valid JSON-LD, or names a remote
     *                                            document other than the Lifeline context
     */
    public static Graph parse(String json, String baseIri) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(json).lang(Lang.JSONLD11).base(baseIri).context(parserContext()).parse(graph);
        return graph;
    }

    private static Document load(URI url, DocumentLoaderOptions options) throws JsonLdError {
        if (!Vocabulary.CONTEXT_IRI.equals(url.toString())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "remote JSON-LD documents are not loaded; only " + Vocabulary.CONTEXT_IRI + " is available: " + url);
        }
        try (InputStream in = Vocabulary.open(Vocabulary.CONTEXT_RESOURCE)) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    }
}
