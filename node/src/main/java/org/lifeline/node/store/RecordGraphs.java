// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.lifeline.vocabulary.LL;
import org.lifeline.vocabulary.Namespaces;

/**
 * Canonical form and content hash of a record's data.
 *
 * <p>Blank nodes are replaced by IRIs under the record IRI derived from their content ({@code #_<hash>}), so the same
 * input always yields the same triples and the same hash; re-imports are then idempotent even for Turtle with blank
 * nodes. Jena has no RDF canonicalisation (RDFC-1.0) implementation, hence this small content-addressed labelling,
 * which is exact for the acyclic blank-node trees records use (cycles fall back to a fixed label).
 */
public final class RecordGraphs {
    /** Predicates the store writes itself; excluded from the content hash so provenance changes don't count as edits. */
    public static final Set<String> METADATA = Set.of(LL.sourceNode, LL.importedFrom, LL.sourceLine, LL.expiresOn,
            LL.contentHash, Namespaces.PROV + "generatedAtTime", Namespaces.PROV + "wasAttributedTo");

    private RecordGraphs() {
    }

    /** Data triples of {@code graph} with blank nodes skolemised under {@code recordIri}; metadata dropped. */
    public static Graph canonical(String recordIri, Graph graph) {
        var labels = new BlankLabeller(graph);
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> {
            if (!METADATA.contains(t.getPredicate().getURI())) {
                out.add(Triple.create(labels.skolem(recordIri, t.getSubject()), t.getPredicate(),
                        labels.skolem(recordIri, t.getObject())));
            }
        });
        return out;
    }

    /** SHA-256 (hex) over the sorted N-Triples lines of a canonical graph. */
    public static String contentHash(Graph canonical) {
        List<String> lines = new ArrayList<>();
        canonical.find().forEach(t -> {
            if (!METADATA.contains(t.getPredicate().getURI())) {
                lines.add(NodeFmtLib.str(t));
            }
        });
        Collections.sort(lines);
        MessageDigest sha = sha256();
        lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Labels each blank node by a hash of its outgoing triples (recursively). */
    private static final class BlankLabeller {
        private final Graph graph;
        private final Map<Node, String> labels = new HashMap<>();
        private final Set<Node> inProgress = new HashSet<>();

        BlankLabeller(Graph graph) {
            this.graph = graph;
        }

        Node skolem(String recordIri, Node node) {
            return node.isBlank() ? NodeFactory.createURI(recordIri + "#_" + label(node)) : node;
        }

        private String label(Node blank) {
            String known = labels.get(blank);
            if (known != null) {
                return known;
            }
            if (!inProgress.add(blank)) {
                return "cycle";
            }
            List<String> parts = new ArrayList<>();
            graph.find(blank, Node.ANY, Node.ANY).forEach(t -> parts.add(NodeFmtLib.strNT(t.getPredicate()) + " "
                    + (t.getObject().isBlank() ? "_:" + label(t.getObject()) : NodeFmtLib.strNT(t.getObject()))));
            Collections.sort(parts);
            MessageDigest sha = sha256();
            parts.forEach(p -> sha.update((p + "\n").getBytes(StandardCharsets.UTF_8)));
            String label = HexFormat.of().formatHex(sha.digest(), 0, 8);
            inProgress.remove(blank);
            labels.put(blank, label);
            return label;
        }
    }
}
