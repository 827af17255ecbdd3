// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.io.shacl.ShaclRecordValidator;
import org.lifeline.node.sample.SyntheticPopulation;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.tdb.TdbRecordStore;

/** The importer against the vocabulary's real SHACL shapes. */
class ShapesImportTest {
    private final TdbRecordStore store = TdbRecordStore.inMemory();
    private final ImportService imports = new ImportService(
            new Importer(store, ShaclRecordValidator.vocabularyShapes(), Clock.systemUTC(), 100), "host", Optional.empty());

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void generatedPopulation_conformsToTheShapes() throws Exception {
        StringWriter csv = new StringWriter();
        new SyntheticPopulation(7).writeCsv(csv, "g", 500);
        Path f = dir.resolve("generated.csv");
        Files.writeString(f, csv.toString(), StandardCharsets.UTF_8);
        ImportReport r = imports.importFile(f, "test", p -> { });
        assertThat(r.errors()).isEmpty();
        assertThat(r.created()).isEqualTo(500);
    }

    @Test
    void storedRecord_withItsProvenanceAndRetention_stillConforms() throws Exception {
        StringWriter csv = new StringWriter();
        new SyntheticPopulation(3).writeCsv(csv, "m", 30);
        Path f = dir.resolve("m.csv");
        Files.writeString(f, csv.toString(), StandardCharsets.UTF_8);
        ImportReport r = new ImportService(new Importer(store, ShaclRecordValidator.vocabularyShapes(), Clock.systemUTC(), 100),
                "host", Optional.of(java.time.Duration.ofDays(30))).importFile(f, "test", p -> { });
        assertThat(r.created()).isEqualTo(30);
        store.forEach(rec -> {
            assertThat(org.lifeline.vocabulary.Shapes.lifeline().validate(rec.graph()).violations()).as(rec.ref().iri()).isEmpty();
            assertThat(rec.provenance().sourceNode()).isEqualTo("host");
        });
    }

    @Test
    void shapeViolation_isReportedWithLineAndField() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, """
                record_id,type,given_name,registration_status,registration_basis,registered_on
                ok-1,registration,Ana,active,voluntary,2025-03-01
                bad-1,registration,Omar,sleeping,voluntary,2025-03-01
                """, StandardCharsets.UTF_8);
        ImportReport r = imports.importFile(f, "test", p -> { });
        assertThat(r.created()).isEqualTo(1);
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(r.errors()).extracting(RowError::field).contains("registrationStatus");
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(store.count(RecordType.REGISTRATION)).isEqualTo(1);
    }
}
