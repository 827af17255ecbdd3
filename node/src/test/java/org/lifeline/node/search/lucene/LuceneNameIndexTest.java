// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifeline.node.search.Candidate;
import org.lifeline.node.search.MatchScorer;
import org.lifeline.node.search.Outcome;
import org.lifeline.node.search.FeatureMatch;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonQuery;
import org.lifeline.node.search.Sex;
import org.lifeline.node.store.NewRecord;
import org.lifeline.node.store.Provenance;
import org.lifeline.node.store.RecordListener;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.tdb.TdbRecordStore;

class LuceneNameIndexTest {
    @TempDir
    Path dir;
    private TdbRecordStore store;
    private LuceneNameIndex index;
    /** The store cannot drop a listener, so this one forwards to whichever index is open, if any. */
    private boolean attached = true;

    @BeforeEach
    void setUp() {
        store = TdbRecordStore.inMemory();
        index = LuceneNameIndex.open(dir.resolve("index"), store, new MatchScorer());
        store.addListener(new RecordListener() {
            @Override
            public void stored(StoredRecord record) {
                if (attached) {
                    index.stored(record);
                }
            }

            @Override
            public void storedAll(List<StoredRecord> records) {
                if (attached) {
                    index.storedAll(records);
                }
            }

            @Override
            public void erased(RecordRef ref) {
                if (attached) {
                    index.erased(ref);
                }
            }
        });
        store.putAll(List.of(
                person("p1", "Мухаммед", "Алиев", "1980-05-12", "male", "XA"),
                person("p2", "Мухаммед", "Алиев", "1957-09-30", "female", "XA"),
                person("p3", "Timur", "Karimov", "1975-03-02", "male", "XA"),
                person("p4", "Maria", "Hernandez", "1990-04-11", "female", "XH"),
                person("p5", "فاطمة", "الحسن", "1966-01-30", "female", "XB"),
                person("p6", "Olga", "Petrenko", "1980-05-12", "female", "XA")));
    }

    @AfterEach
    void tearDown() {
        index.close();
        store.close();
    }

    static NewRecord person(String id, String given, String family, String birth, String sex, String nationality) {
        RecordRef ref = new RecordRef("host", RecordType.PERSON, id);
        String ttl = """
                @prefix ll: <https://w3id.org/lifeline/ns#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a ll:Person ; ll:recordId "%s" ; ll:givenName "%s" ; ll:familyName "%s" ;
                    ll:birthDate "%s"^^xsd:date ; ll:sex "%s" ; ll:nationality "%s" ;
                    ll:placeOfStay [ a ll:Place ; ll:admin1 "XH-3" ; ll:country "XH" ] .
                """.formatted(ref.iri(), id, given, family, birth, sex, nationality);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).lang(Lang.TURTLE).parse(g);
        return new NewRecord(ref, g, Provenance.file("host", "t.csv", 1, Instant.EPOCH, "test"), Optional.empty());
    }

    private static PersonQuery query(String given, String family, String birth) {
        return PersonQuery.byName(given, family).withBirthDate(PartialDate.parse(birth).orElseThrow());
    }

    private List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.ref().recordId()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Мухаммед", "Mukhammed", "Muhammad", "Mohamed", "محمد"})
    void transliteratedSpellings_findTheRecord(String given) {
        assertThat(ids(index.search(query(given, "Aliev", "1980-05-12"), 5))).containsExactly("p1");
    }

    @Test
    void swappedGivenAndFamilyNames_findTheRecord_andSayso() {
        List<Candidate> found = index.search(query("Karimov", "Timur", "1975-03-02"), 5);
        assertThat(ids(found)).containsExactly("p3");
        assertThat(found.getFirst().matched()).extracting(FeatureMatch::outcome).contains(Outcome.SWAPPED);
    }

    @Test
    void typoAndTransposedDate_findTheRecord() {
        assertThat(ids(index.search(query("Maria", "Hernamdez", "1990-11-04"), 5))).containsExactly("p4");
    }

    @Test
    void partialDates_findTheRecord() {
        assertThat(ids(index.search(query("Fatima", "Al-Hassan", "1966"), 5))).containsExactly("p5");
        assertThat(ids(index.search(query("Fatima", "Alhassan", "1966-01"), 5))).containsExactly("p5");
    }

    @Test
    void sameNameDifferentBirthYearAndSex_isNotProposed() {
        List<Candidate> found = index.search(query("Mohamed", "Aliev", "1957-09-30").withSex(Sex.MALE), 5);
        assertThat(ids(found)).doesNotContain("p1");
    }

    @Test
    void erase_removesFromTheIndex() {
        store.erase(new RecordRef("host", RecordType.PERSON, "p3"));
        assertThat(index.search(query("Timur", "Karimov", "1975-03-02"), 5)).isEmpty();
    }

    @Test
    void update_replacesTheEntry() {
        store.putAll(List.of(person("p3", "Timur", "Karimov", "1979-08-08", "male", "XA")));
        assertThat(index.search(query("Timur", "Karimov", "1975-03-02"), 5)).isEmpty();
        assertThat(ids(index.search(query("Timur", "Karimov", "1979-08-08"), 5))).containsExactly("p3");
    }

    @Test
    void rebuild_fromTheStore_givesTheSameResults() {
        List<PersonQuery> queries = List.of(query("Mohamed", "Aliev", "1980"), query("Olga", "Petrenko", "1980-05-12"),
                query("Maria", "Hernandez", "1990-04-11"));
        List<List<Candidate>> before = queries.stream().map(q -> index.search(q, 5)).toList();
        List<Long> progress = new ArrayList<>();
        assertThat(index.rebuild(store, progress::add)).isEqualTo(6);
        assertThat(progress).endsWith(6L);
        assertThat(queries.stream().map(q -> index.search(q, 5)).toList()).isEqualTo(before);
    }

    @Test
    void reopenAfterCleanClose_keepsTheIndex_withoutRebuilding() {
        index.close();
        index = LuceneNameIndex.open(dir.resolve("index"), store, new MatchScorer());
        assertThat(index.lastCommitData()).containsEntry("state", "open");
        assertThat(index.size()).isEqualTo(6);
        assertThat(ids(index.search(query("Olga", "Petrenko", "1980-05-12"), 5))).containsExactly("p6");
    }

    @Test
    void reopen_whenTheStoreChangedWhileClosed_rebuilds() {
        index.close();
        attached = false;
        store.putAll(List.of(person("p7", "Ivan", "Ivanov", "1970-01-01", "male", "XA")));
        index = LuceneNameIndex.open(dir.resolve("index"), store, new MatchScorer());
        attached = true;
        assertThat(ids(index.search(query("Иван", "Иванов", "1970-01-01"), 5))).containsExactly("p7");
    }

    @Test
    void reopen_afterACrash_rebuildsFromTheStore() {
        // a crash leaves the last commit marked "open": simulate by copying the index files while it is open
        Path crashed = dir.resolve("crashed");
        index.commit();
        copy(dir.resolve("index"), crashed);
        LuceneNameIndex reopened = LuceneNameIndex.open(crashed, store, new MatchScorer());
        try {
            assertThat(reopened.size()).isEqualTo(6);
            assertThat(ids(reopened.search(query("Timur", "Karimov", "1975-03-02"), 5))).containsExactly("p3");
        } finally {
            reopened.close();
        }
    }

    @Test
    void recordsOfOtherTypes_areNotIndexed() {
        assertThat(index.size()).isEqualTo(6);
        assertThat(index.search(PersonQuery.byName("Nobody", "Known"), 3)).isEmpty();
    }

    private static void copy(Path from, Path to) {
        try (var files = java.nio.file.Files.list(from)) {
            java.nio.file.Files.createDirectories(to);
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
