// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store.tdb;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.lifeline.node.store.NewRecord;
import org.lifeline.node.store.Provenance;
import org.lifeline.node.store.PurgeReport;
import org.lifeline.node.store.PutOutcome;
import org.lifeline.node.store.RecordGraphs;
import org.lifeline.node.store.RecordListener;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordStore;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.vocabulary.LL;
import org.lifeline.vocabulary.Namespaces;

/**
 * {@link RecordStore} on Jena TDB2: one named graph per record, named by the record IRI. Every access runs inside a
 * TDB2 transaction ({@link Txn}); TDB2 commits are durable, so an acknowledged batch survives {@code kill -9}.
 */
public final class TdbRecordStore implements RecordStore {
    private static final Node CONTENT_HASH = uri(LL.contentHash);
    private static final Node EXPIRES_ON = uri(LL.expiresOn);
    private static final Node RECORD_ID = uri(LL.recordId);
    private static final Node SOURCE_NODE = uri(LL.sourceNode);
    private static final Node IMPORTED_FROM = uri(LL.importedFrom);
    private static final Node SOURCE_LINE = uri(LL.sourceLine);
    private static final Node GENERATED_AT = uri(Namespaces.PROV + "generatedAtTime");
    private static final Node ATTRIBUTED_TO = uri(Namespaces.PROV + "wasAttributedTo");

    private final DatasetGraph dataset;
    private final List<RecordListener> listeners = new CopyOnWriteArrayList<>();

    private TdbRecordStore(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 database in {@code directory}. */
    public static TdbRecordStore open(Path directory) {
        return new TdbRecordStore(DatabaseMgr.connectDatasetGraph(directory.toString()));
    }

    /** An in-memory TDB2 database, for tests. */
    public static TdbRecordStore inMemory() {
        return new TdbRecordStore(DatabaseMgr.createDatasetGraph());
    }

    /** The underlying dataset, for read-only SPARQL by adapters that must run inside their own transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public List<PutOutcome> putAll(List<NewRecord> records) {
        List<StoredRecord> changed = new ArrayList<>();
        List<PutOutcome> outcomes = Txn.calculateWrite(dataset, () -> {
            List<PutOutcome> result = new ArrayList<>(records.size());
            for (NewRecord record : records) {
                result.add(putOne(record, changed));
            }
            return result;
        });
        if (!changed.isEmpty()) {
            listeners.forEach(l -> l.storedAll(List.copyOf(changed)));
        }
        return outcomes;
    }

    private PutOutcome putOne(NewRecord record, List<StoredRecord> changed) {
        Node g = uri(record.ref().iri());
        Graph graph = RecordGraphs.canonical(record.ref().iri(), record.data());
        String hash = RecordGraphs.contentHash(graph);
        Optional<String> existing = literal(g, CONTENT_HASH);
        if (existing.isPresent() && existing.get().equals(hash)) {
            return PutOutcome.UNCHANGED;
        }
        if (existing.isPresent()) {
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        addMetadata(graph, g, record, hash);
        graph.find().forEach(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        if (!listeners.isEmpty()) {
            changed.add(new StoredRecord(record.ref(), graph, record.provenance(), record.expiresOn(), hash));
        }
        return existing.isPresent() ? PutOutcome.UPDATED : PutOutcome.CREATED;
    }

    private static void addMetadata(Graph graph, Node g, NewRecord record, String hash) {
        Provenance p = record.provenance();
        graph.add(g, CONTENT_HASH, NodeFactory.createLiteralString(hash));
        graph.add(g, SOURCE_NODE, NodeFactory.createURI("https://" + p.sourceNode() + "/"));
        p.importedFrom().ifPresent(f -> graph.add(g, IMPORTED_FROM, NodeFactory.createLiteralString(f)));
        p.sourceLine().ifPresent(l -> graph.add(g, SOURCE_LINE,
                NodeFactory.createLiteralDT(Long.toString(l), XSDDatatype.XSDinteger)));
        graph.add(g, GENERATED_AT, dateTime(p.at()));
        graph.add(g, ATTRIBUTED_TO, NodeFactory.createLiteralString(p.by()));
        record.expiresOn().ifPresent(e -> graph.add(g, EXPIRES_ON, dateTime(e)));
    }

    @Override
    public Optional<StoredRecord> get(RecordRef ref) {
        return Txn.calculateRead(dataset, () -> read(ref));
    }

    private Optional<StoredRecord> read(RecordRef ref) {
        Node g = uri(ref.iri());
        Optional<String> hash = literal(g, CONTENT_HASH);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        Provenance provenance = new Provenance(sourceNode(g).orElse(ref.nodeId()), literal(g, IMPORTED_FROM),
                literal(g, SOURCE_LINE).map(s -> OptionalLong.of(Long.parseLong(s))).orElse(OptionalLong.empty()),
                literal(g, GENERATED_AT).map(TdbRecordStore::instant).orElse(Instant.EPOCH),
                literal(g, ATTRIBUTED_TO).orElse("unknown"));
        return Optional.of(new StoredRecord(ref, graphOf(g), provenance,
                literal(g, EXPIRES_ON).map(TdbRecordStore::instant), hash.get()));
    }

    @Override
    public List<StoredRecord> list(RecordType type, int offset, int limit) {
        return Txn.calculateRead(dataset, () -> refsOf(type).stream()
                .sorted(Comparator.comparing(RecordRef::recordId))
                .skip(offset).limit(limit)
                .map(this::read).flatMap(Optional::stream).toList());
    }

    @Override
    public long count(RecordType type) {
        return Txn.calculateRead(dataset, () -> (long) refsOf(type).size());
    }

    private List<RecordRef> refsOf(RecordType type) {
        List<RecordRef> refs = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), uri(type.classIri())).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && q.getSubject().isURI()) {
                RecordRef.parse(q.getSubject().getURI()).ifPresent(refs::add);
            }
        });
        return refs;
    }

    @Override
    public List<RecordRef> expiredAt(Instant now) {
        return Txn.calculateRead(dataset, () -> {
            List<RecordRef> expired = new ArrayList<>();
            dataset.find(Node.ANY, Node.ANY, EXPIRES_ON, Node.ANY).forEachRemaining(q -> {
                if (instant(q.getObject().getLiteralLexicalForm()).isBefore(now)) {
                    RecordRef.parse(q.getGraph().getURI()).ifPresent(expired::add);
                }
            });
            return expired;
        });
    }

    @Override
    public void forEach(Consumer<StoredRecord> action) {
        Txn.executeRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.find(Node.ANY, Node.ANY, CONTENT_HASH, Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
            graphs.stream().map(g -> RecordRef.parse(g.getURI())).flatMap(Optional::stream)
                    .map(this::read).flatMap(Optional::stream).forEach(action);
        });
    }

    @Override
    public boolean erase(RecordRef ref) {
        Node g = uri(ref.iri());
        boolean existed = Txn.calculateWrite(dataset, () -> {
            boolean found = dataset.contains(g, g, CONTENT_HASH, Node.ANY);
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return found;
        });
        if (existed) {
            listeners.forEach(l -> l.erased(ref));
        }
        return existed;
    }

    @Override
    public PurgeReport purgeExpired(Instant now) {
        List<RecordRef> erased = expiredAt(now).stream().filter(this::erase).toList();
        return new PurgeReport(now, erased);
    }

    @Override
    public void addListener(RecordListener listener) {
        listeners.add(listener);
    }

    /** Closes the database and releases its process lock, so another process (the running node) can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }

    private Graph graphOf(Node g) {
        Graph copy = GraphFactory.createDefaultGraph();
        dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        return copy;
    }

    /** The node IRI {@code https://{node}/} written as {@code ll:sourceNode}, back to the node id. */
    private Optional<String> sourceNode(Node g) {
        var it = dataset.find(g, g, SOURCE_NODE, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()).filter(Node::isURI)
                .map(n -> java.net.URI.create(n.getURI()).getHost()) : Optional.empty();
    }

    private Optional<String> literal(Node g, Node predicate) {
        var it = dataset.find(g, g, predicate, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static Instant instant(String lexical) {
        return Instant.parse(lexical);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

}
