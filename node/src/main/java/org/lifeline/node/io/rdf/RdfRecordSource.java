// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.rdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lifeline.node.io.ParsedRecord;
import org.lifeline.node.io.RecordSource;
import org.lifeline.node.io.RowError;
import org.lifeline.node.io.UnreadableInputException;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.vocabulary.LL;

/**
 * Reads records from Turtle or JSON-LD. A record is a resource typed with a record class and carrying
 * {@code ll:recordId}; its data is every triple reachable from it through blank nodes or IRIs under its own IRI
 * ({@code <record>#part}). Records are re-addressed to this node's IRI scheme; the line reported for a record is
 * the first line of the file that mentions its id (parsers do not keep triple positions).
 */
public final class RdfRecordSource implements RecordSource {
    private static final Node RECORD_ID = NodeFactory.createURI(LL.recordId);

    private final String file;
    private final List<String> lines;
    private final Deque<Node> pending = new ArrayDeque<>();
    private final Graph all;
    private final String nodeId;
    private final int total;

    public RdfRecordSource(Path path, String fileLabel, String nodeId, Lang lang) throws IOException {
        this.file = fileLabel;
        this.nodeId = nodeId;
        this.lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        this.all = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(path).lang(lang).parse(all);
        } catch (RiotException e) {
            // Jena's message carries [line: L, col: C] and the syntax problem, not data values
            throw new UnreadableInputException(fileLabel, "not valid " + lang.getLabel() + ": " + e.getMessage());
        }
        all.find(Node.ANY, RECORD_ID, Node.ANY).forEach(t -> pending.add(t.getSubject()));
        this.total = Math.max(pending.size(), 1);
    }

    @Override
    public boolean next(Consumer<ParsedRecord> onRecord, Consumer<List<RowError>> onRejectedRow) {
        Node subject = pending.poll();
        if (subject == null) {
            return false;
        }
        String id = all.find(subject, RECORD_ID, Node.ANY).next().getObject().getLiteralLexicalForm();
        long line = lineOf(id);
        Optional<RecordType> type = typeOf(subject);
        if (type.isEmpty() || !RecordRef.validRecordId(id)) {
            onRejectedRow.accept(List.of(new RowError(file, line, type.isEmpty() ? "type" : "recordId", type.isEmpty()
                    ? "resource with ll:recordId has no record class (one of " + RecordType.slugs() + ")"
                    : "recordId must be 1-128 of A-Z a-z 0-9 . _ : -")));
            return true;
        }
        RecordRef ref = new RecordRef(nodeId, type.get(), id);
        onRecord.accept(new ParsedRecord(ref, extract(subject, ref), line, Optional.empty()));
        return true;
    }

    private Optional<RecordType> typeOf(Node subject) {
        return all.find(subject, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getObject().isURI())
                .map(t -> RecordType.fromClassIri(t.getObject().getURI()))
                .flatMap(Optional::stream).findFirst();
    }

    /** Triples reachable from the record through its own parts, re-rooted at the record's IRI on this node. */
    private Graph extract(Node subject, RecordRef ref) {
        String oldBase = subject.isURI() ? subject.getURI() : null;
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(subject));
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) {
                continue;
            }
            all.find(s, Node.ANY, Node.ANY).forEach(t -> {
                g.add(Triple.create(rebase(t.getSubject(), oldBase, ref), t.getPredicate(), rebase(t.getObject(), oldBase, ref)));
                if (isPart(t.getObject(), oldBase)) {
                    todo.add(t.getObject());
                }
            });
        }
        return g;
    }

    private static boolean isPart(Node n, String base) {
        return n.isBlank() || (base != null && n.isURI() && n.getURI().startsWith(base + "#"));
    }

    private static Node rebase(Node n, String oldBase, RecordRef ref) {
        if (oldBase == null || !n.isURI() || !n.getURI().startsWith(oldBase)) {
            return n;
        }
        String rest = n.getURI().substring(oldBase.length());
        return rest.isEmpty() || rest.startsWith("#") ? NodeFactory.createURI(ref.iri() + rest) : n;
    }

    private long lineOf(String id) {
        String quoted = "\"" + id + "\"";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(quoted)) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public double progress() {
        return 1.0 - pending.size() / (double) total;
    }

    @Override
    public List<RowError> warnings() {
        return new ArrayList<>();
    }

    @Override
    public void close() {
        // everything was read in the constructor
    }
}
