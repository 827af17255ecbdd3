// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.tdb.TdbRecordStore;
import org.lifeline.vocabulary.LL;

class CsvImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final TdbRecordStore store = TdbRecordStore.inMemory();
    private final ImportService imports = new ImportService(new Importer(store, g -> List.of(), CLOCK, 2), "host",
            Optional.of(Duration.ofDays(30)));

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String content) throws Exception {
        Path f = dir.resolve("people.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void import_mixedRows_storesGoodRowsAndReportsEachBadOneWithLineAndField() throws Exception {
        Path f = csv("""
                record_id,type,given_name,family_name,birth_date,nationality,admin1
                h1,person,Ana,Garcia,1990-04-02,XA,XH-3
                h2,person,Иван,Петренко,13/05/1985,XA,XH-3
                h3,unknown-type,Omar,Khalil,1979,XA,XH-1
                h4,person,"Marie
                Claire",Pierre,1988-11,XH,nowhere
                h5,report,Youssef,Mansour,1961,XA,XH-2
                """);
        ImportReport r = imports.importFile(f, "test", p -> { });

        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.errors()).extracting(RowError::line, RowError::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3L, "birth_date"),
                org.assertj.core.groups.Tuple.tuple(4L, "type"),
                org.assertj.core.groups.Tuple.tuple(5L, "admin1"));
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("people.csv"));
        assertThat(r.errors().toString()).doesNotContain("13/05/1985").doesNotContain("nowhere");
        assertThat(store.get(new RecordRef("host", RecordType.PERSON, "h1"))).isPresent();
        assertThat(store.get(new RecordRef("host", RecordType.REPORT, "h5"))).isPresent();
        assertThat(store.get(new RecordRef("host", RecordType.PERSON, "h2"))).isEmpty();
    }

    @Test
    void import_sameFileTwice_changesNothingTheSecondTime() throws Exception {
        Path f = csv("record_id,type,given_name\nh1,person,Ana\nh2,person,Omar\nh3,person,Rosa\n");
        ImportReport first = imports.importFile(f, "test", p -> { });
        ImportReport second = imports.importFile(f, "test", p -> { });
        assertThat(first.created()).isEqualTo(3);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(store.count(RecordType.PERSON)).isEqualTo(3);
    }

    @Test
    void import_reportRow_putsPersonFieldsOnNestedPersonAndPlaceOnLastKnownPlace() throws Exception {
        Path f = csv("record_id,type,given_name,name_variants,report_status,admin1,expires_on\n"
                + "r1,report,Мухаммед,Mukhammed|محمد@ar,missing,XH-3,2027-01-01\n");
        imports.importFile(f, "test", p -> { });
        var rec = store.get(new RecordRef("host", RecordType.REPORT, "r1")).orElseThrow();
        var g = rec.graph();
        var record = NodeFactory.createURI(rec.ref().iri());
        var person = NodeFactory.createURI(rec.ref().iri() + "#person");
        assertThat(g.contains(record, NodeFactory.createURI(LL.about), person)).isTrue();
        assertThat(g.contains(person, NodeFactory.createURI(LL.givenName), NodeFactory.createLiteralString("Мухаммед"))).isTrue();
        assertThat(g.contains(person, NodeFactory.createURI(LL.nameVariant), NodeFactory.createLiteralLang("Mukhammed", "und-Latn"))).isTrue();
        assertThat(g.contains(person, NodeFactory.createURI(LL.nameVariant), NodeFactory.createLiteralLang("محمد", "ar"))).isTrue();
        assertThat(g.contains(record, NodeFactory.createURI(LL.reportStatus),
                NodeFactory.createURI("https://w3id.org/lifeline/report-status/missing"))).isTrue();
        assertThat(g.contains(record, NodeFactory.createURI(LL.lastKnownPlace), NodeFactory.createURI(rec.ref().iri() + "#place"))).isTrue();
        assertThat(rec.expiresOn()).contains(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void import_rowWithoutExpiry_getsDefaultRetention() throws Exception {
        imports.importFile(csv("record_id,type,given_name\nh1,person,Ana\n"), "test", p -> { });
        assertThat(store.get(new RecordRef("host", RecordType.PERSON, "h1")).orElseThrow().expiresOn())
                .contains(CLOCK.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void import_unknownColumn_isReportedNotSilentlyDropped() throws Exception {
        ImportReport r = imports.importFile(csv("record_id,type,given_name,shoe_size\nh1,person,Ana,42\n"), "test", p -> { });
        assertThat(r.created()).isEqualTo(1);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("shoe_size");
            assertThat(w.line()).isEqualTo(1);
        });
    }

    @Test
    void import_missingRequiredColumn_failsWithFileAndColumn() throws Exception {
        Path f = csv("given_name,family_name\nAna,Garcia\n");
        assertThatThrownBy(() -> imports.importFile(f, "test", p -> { }))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("people.csv").hasMessageContaining("record_id");
    }

    @Test
    void import_validatorViolations_becomeRowErrorsNamingTheField() throws Exception {
        var strict = new ImportService(new Importer(store,
                g -> List.of(new RecordValidator.Violation("sex", "sex must be female, male, other or unknown")), CLOCK, 10),
                "host", Optional.empty());
        ImportReport r = strict.importFile(csv("record_id,type,given_name\nh1,person,Ana\n"), "test", p -> { });
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("sex");
        });
        assertThat(store.count(RecordType.PERSON)).isZero();
    }

    @Test
    void import_reportsProgressUpToCompletion() throws Exception {
        StringBuilder rows = new StringBuilder("record_id,type,given_name\n");
        for (int i = 0; i < 50; i++) {
            rows.append("h").append(i).append(",person,Ana\n");
        }
        List<Double> seen = new java.util.ArrayList<>();
        imports.importFile(csv(rows.toString()), "test", seen::add);
        assertThat(seen).isSorted().last().isEqualTo(1.0);
        assertThat(seen.size()).isGreaterThan(2);
    }
}
