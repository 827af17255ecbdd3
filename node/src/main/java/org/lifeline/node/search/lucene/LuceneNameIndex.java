// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.lifeline.node.search.Candidate;
import org.lifeline.node.search.MatchScorer;
import org.lifeline.node.search.NameIndex;
import org.lifeline.node.search.PersonFeatures;
import org.lifeline.node.search.PersonQuery;
import org.lifeline.node.store.RecordListener;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;

/**
 * The name index on Lucene (MMapDirectory). It holds one document per person, report and registration record and
 * commits once per store batch ({@link #storedAll}). Every commit carries user data {@code state} (open/closed) and
 * {@code records}; {@link #open(Path, RecordReader, MatchScorer)} rebuilds from the store when the index is absent,
 * was not closed cleanly (a crash may have lost the last batch) or counts a different number of records than the
 * store. Searches use a near-real-time searcher, refreshed when something changed since the last one.
 */
public final class LuceneNameIndex implements NameIndex, RecordListener {
    private static final Set<RecordType> INDEXED = Set.of(RecordType.PERSON, RecordType.REPORT, RecordType.REGISTRATION);
    private static final int MIN_POOL = 200;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final MatchScorer scorer;
    private final AtomicBoolean dirty = new AtomicBoolean();

    private LuceneNameIndex(Directory directory, MatchScorer scorer) throws IOException {
        this.directory = directory;
        this.scorer = scorer;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(64));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index in {@code folder}, rebuilding it from {@code store} when it is missing or stale. */
    public static LuceneNameIndex open(Path folder, RecordReader store, MatchScorer scorer) {
        LuceneNameIndex index = open(folder, scorer);
        long expected = INDEXED.stream().mapToLong(store::count).sum();
        if (!index.cleanlyClosedWith(expected)) {
            index.rebuild(store);
        }
        index.commit("open");
        return index;
    }

    /** Opens or creates the index in {@code folder} as it is, without checking it against a store. */
    public static LuceneNameIndex open(Path folder, MatchScorer scorer) {
        try {
            return new LuceneNameIndex(new MMapDirectory(folder), scorer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the name index", e);
        }
    }

    private boolean cleanlyClosedWith(long expectedRecords) {
        Map<String, String> data = lastCommitData();
        return "closed".equals(data.get("state")) && Long.toString(expectedRecords).equals(data.get("records"));
    }

    /** User data of the last commit (empty for a new index). */
    Map<String, String> lastCommitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            try (DirectoryReader r = DirectoryReader.open(directory)) {
                return r.getIndexCommit().getUserData();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name index commit", e);
        }
    }

    @Override
    public void index(StoredRecord record) {
        if (!INDEXED.contains(record.ref().type())) {
            return;
        }
        PersonFeatures.from(record).ifPresentOrElse(f -> put(record.ref(), f), () -> remove(record.ref()));
    }

    /** Adds or replaces the entry for {@code ref} (also used by the benchmark to load features directly). */
    public void put(RecordRef ref, PersonFeatures features) {
        try {
            writer.updateDocument(PersonDocuments.refTerm(ref), PersonDocuments.document(ref, features));
            dirty.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index a record", e);
        }
    }

    @Override
    public void remove(RecordRef ref) {
        try {
            writer.deleteDocuments(PersonDocuments.refTerm(ref));
            dirty.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a record from the index", e);
        }
    }

    @Override
    public void stored(StoredRecord record) {
        storedAll(List.of(record));
    }

    @Override
    public void storedAll(List<StoredRecord> records) {
        records.forEach(this::index);
        commit("open");
    }

    @Override
    public void erased(RecordRef ref) {
        remove(ref);
        commit("open");
    }

    @Override
    public List<Candidate> search(PersonQuery query, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1 but was " + k);
        }
        PersonFeatures q = PersonFeatures.of(query);
        try {
            refreshIfDirty();
            IndexSearcher searcher = searchers.acquire();
            try {
                return rescore(searcher, q, searcher.search(PersonDocuments.candidates(q), Math.max(MIN_POOL, 20 * k)).scoreDocs, k);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("name index search failed", e);
        }
    }

    private List<Candidate> rescore(IndexSearcher searcher, PersonFeatures q, ScoreDoc[] hits, int k) throws IOException {
        StoredFields stored = searcher.storedFields();
        Set<String> fields = Set.of(PersonDocuments.REF, PersonDocuments.FEATURES);
        List<Candidate> out = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            var doc = stored.document(hit.doc, fields);
            Optional<RecordRef> ref = RecordRef.parse(doc.get(PersonDocuments.REF));
            if (ref.isPresent()) {
                Candidate c = scorer.score(ref.get(), q, FeatureCodec.decode(doc.get(PersonDocuments.FEATURES)));
                if (scorer.accepts(c)) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.ref().iri()));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    private void refreshIfDirty() throws IOException {
        if (dirty.getAndSet(false)) {
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public long rebuild(RecordReader reader, LongConsumer progress) {
        try {
            writer.deleteAll();
            AtomicLong n = new AtomicLong();
            reader.forEach(r -> {
                if (INDEXED.contains(r.ref().type())) {
                    index(r);
                    long done = n.incrementAndGet();
                    if (done % 1000 == 0) {
                        progress.accept(done);
                    }
                }
            });
            dirty.set(true);
            commit("open");
            progress.accept(n.get());
            return n.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the name index", e);
        }
    }

    /** Makes everything indexed so far durable. */
    public void commit() {
        commit("open");
    }

    /** Commits; the record count is written only on a clean close, when nothing else can change it. */
    private void commit(String state) {
        try {
            writer.setLiveCommitData(Map.of("state", state, "records", "closed".equals(state) ? Long.toString(size()) : "")
                    .entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the name index", e);
        }
    }

    /** Number of indexed records, pending changes included. */
    public long size() {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return r.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the name index", e);
        }
    }

    @Override
    public void close() {
        try {
            commit("closed");
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the name index", e);
        }
    }
}
