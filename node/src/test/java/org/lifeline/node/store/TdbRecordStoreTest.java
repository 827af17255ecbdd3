// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import static org.assertj.core.api.Assertions.assertThat;


import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lifeline.node.store.tdb.TdbRecordStore;

class TdbRecordStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final TdbRecordStore store = TdbRecordStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    static RecordRef ref(String id) {
        return new RecordRef("host", RecordType.PERSON, id);
    }

    static Graph person(RecordRef ref, String givenName) {
        String ttl = """
                @prefix ll: <https://w3id.org/lifeline/ns#> .
                <%s> a ll:Person ; ll:recordId "%s" ; ll:givenName "%s" ;
                    ll:placeOfStay [ a ll:Place ; ll:admin1 "XH-3" ; ll:country "XH" ] .
                """.formatted(ref.iri(), ref.recordId(), givenName);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).lang(Lang.TURTLE).parse(g);
        return g;
    }

    static NewRecord newRecord(RecordRef ref, String name, Optional<Instant> expires) {
        return new NewRecord(ref, person(ref, name), Provenance.file("host", "people.csv", 7, T0, "cli:test"), expires);
    }

    @Nested
    class Put {
        @Test
        void put_newThenSameThenChanged_reportsCreatedUnchangedUpdated() {
            assertThat(store.putAll(List.of(newRecord(ref("p1"), "Ana", Optional.empty())))).containsExactly(PutOutcome.CREATED);
            assertThat(store.putAll(List.of(newRecord(ref("p1"), "Ana", Optional.empty())))).containsExactly(PutOutcome.UNCHANGED);
            assertThat(store.putAll(List.of(newRecord(ref("p1"), "Anna", Optional.empty())))).containsExactly(PutOutcome.UPDATED);
            assertThat(store.count(RecordType.PERSON)).isEqualTo(1);
        }

        @Test
        void put_sameContentWithFreshBlankNodes_isUnchanged() {
            // each parse makes new blank nodes; content-derived labels must still give the same hash
            store.putAll(List.of(newRecord(ref("p1"), "Ana", Optional.empty())));
            String before = store.get(ref("p1")).orElseThrow().contentHash();
            assertThat(store.putAll(List.of(newRecord(ref("p1"), "Ana", Optional.empty())))).containsExactly(PutOutcome.UNCHANGED);
            assertThat(store.get(ref("p1")).orElseThrow().contentHash()).isEqualTo(before);
        }

        @Test
        void get_returnsDataAndProvenance() {
            store.putAll(List.of(newRecord(ref("p1"), "Ana", Optional.of(T0.plusSeconds(60)))));
            StoredRecord r = store.get(ref("p1")).orElseThrow();
            assertThat(r.provenance().importedFrom()).contains("people.csv");
            assertThat(r.provenance().sourceLine()).hasValue(7);
            assertThat(r.provenance().at()).isEqualTo(T0);
            assertThat(r.provenance().by()).isEqualTo("cli:test");
            assertThat(r.expiresOn()).contains(T0.plusSeconds(60));
            assertThat(r.graph().toString()).contains("Ana");
            assertThat(r.graph().find().toList().stream().anyMatch(t -> t.getSubject().isBlank())).isFalse();
        }

        @Test
        void list_pagesInRecordIdOrder() {
            store.putAll(List.of(newRecord(ref("c"), "C", Optional.empty()), newRecord(ref("a"), "A", Optional.empty()),
                    newRecord(ref("b"), "B", Optional.empty())));
            assertThat(store.list(RecordType.PERSON, 1, 5)).extracting(r -> r.ref().recordId()).containsExactly("b", "c");
            assertThat(store.list(RecordType.REPORT, 0, 5)).isEmpty();
        }
    }

    @Nested
    class EraseAndRetention {
        @Test
        void erase_removesWholeGraphAndTellsListeners() {
            List<RecordRef> erased = new ArrayList<>();
            store.addListener(new RecordListener() {
                @Override
                public void stored(StoredRecord record) {
                }

                @Override
                public void erased(RecordRef ref) {
                    erased.add(ref);
                }
            });
            store.putAll(List.of(newRecord(ref("p1"), "Ana", Optional.empty())));
            assertThat(store.erase(ref("p1"))).isTrue();
            assertThat(store.get(ref("p1"))).isEmpty();
            assertThat(org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty())).isTrue();
            assertThat(erased).containsExactly(ref("p1"));
            assertThat(store.erase(ref("p1"))).isFalse();
        }

        @Test
        void purgeExpired_erasesOnlyRecordsPastTheirExpiry() {
            store.putAll(List.of(newRecord(ref("old"), "A", Optional.of(T0.minusSeconds(1))),
                    newRecord(ref("new"), "B", Optional.of(T0.plusSeconds(3600))),
                    newRecord(ref("forever"), "C", Optional.empty())));
            PurgeReport report = store.purgeExpired(T0);
            assertThat(report.erased()).containsExactly(ref("old"));
            assertThat(store.count(RecordType.PERSON)).isEqualTo(2);
        }
    }

    @Test
    void recordRef_parsesItsOwnIriAndRejectsOthers() {
        RecordRef r = new RecordRef("origin", RecordType.REPORT, "a-000001");
        assertThat(RecordRef.parse(r.iri())).contains(r);
        assertThat(RecordRef.parse("https://origin/id/unknown/x")).isEmpty();
        assertThat(RecordRef.parse("https://origin/id/report/x#person")).isEmpty();
    }
}
