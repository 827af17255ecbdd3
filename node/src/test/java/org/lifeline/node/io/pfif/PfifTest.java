// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.io.ImportReport;
import org.lifeline.node.io.Importer;
import org.lifeline.node.io.RowError;
import org.lifeline.node.io.UnreadableInputException;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonFeatures;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.tdb.TdbRecordStore;

class PfifTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
    private final TdbRecordStore store = TdbRecordStore.inMemory();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    private static Path resource(String name) {
        try {
            return Path.of(PfifTest.class.getResource("/pfif/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport importFile(Path file) throws IOException {
        try (var source = new PfifRecordSource(file, file.getFileName().toString(), "xa", CLOCK)) {
            return new Importer(store, g -> List.of(), CLOCK, 100).run(source, file.getFileName().toString(), "test",
                    Optional.empty(), p -> { });
        }
    }

    private String export() throws Exception {
        StringWriter out = new StringWriter();
        new PfifWriter(CLOCK).write(store, out);
        return out.toString();
    }

    /** Every PFIF field of every record: "person:xa.example/p.1/given_name" to value. */
    private static Map<String, String> fields(String xml) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (PfifParser.Entry e : PfifParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).entries()) {
            collect(e, out);
        }
        return out;
    }

    private static void collect(PfifParser.Entry e, Map<String, String> out) {
        String id = e.fields().getOrDefault("person".equals(e.kind()) ? "person_record_id" : "note_record_id", "?");
        e.fields().forEach((k, v) -> out.put(e.kind() + ":" + id + "/" + k, v));
        e.notes().forEach(n -> {
            out.put("note:" + n.fields().get("note_record_id") + "/person_record_id", id);
            collect(n, out);
        });
    }

    @Test
    void roundTrip_keepsEveryMappedField() throws Exception {
        Path in = resource("round-trip.pfif.xml");
        ImportReport report = importFile(in);
        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(3);
        Map<String, String> before = fields(Files.readString(in));
        Map<String, String> after = fields(export());
        before.forEach((key, value) -> {
            String field = key.substring(key.lastIndexOf('/') + 1);
            boolean mapped = PfifFields.PERSON_MAPPED.contains(field) || PfifFields.NOTE_MAPPED.contains(field);
            if (mapped && !field.equals("entry_date")) {
                assertThat(after).as(key).containsEntry(key, value);
            }
        });
    }

    @Test
    void importedPerson_isFoundByItsMatchingFeatures() throws Exception {
        importFile(resource("round-trip.pfif.xml"));
        var record = store.get(new RecordRef("xa", RecordType.REPORT, "xa.example:p.1")).orElseThrow();
        PersonFeatures f = PersonFeatures.from(record).orElseThrow();
        assertThat(f.givenNames()).containsExactly("mukhammed");
        assertThat(f.otherNames()).contains("mukhammed aliev", "mohamed aliyev");
        assertThat(f.birthDate()).contains(new PartialDate(1980, 5, 0));
        assertThat(f.admin1()).containsExactly("XH-3");
    }

    @Test
    void unmappedAndUnknownFields_areReported_andBadRecordsRejected() throws Exception {
        ImportReport report = importFile(resource("unmapped-and-unknown.pfif.xml"));
        assertThat(report.warnings()).extracting(RowError::field).contains("person/age", "person/photo_url",
                "note/text", "person/favourite_colour", "person/shoe_size", "home_state", "expiry_date");
        assertThat(report.errors()).extracting(RowError::field).contains("status", "person_record_id");
        assertThat(report.created()).isEqualTo(1);
        assertThat(store.get(new RecordRef("xa", RecordType.REPORT, "xa.example:p.3"))).isEmpty();
        report.warnings().forEach(w -> assertThat(w.reason()).doesNotContain("blue", "Northern", "market"));
    }

    @Test
    void expiredRecord_isExportedAsAPlaceholder() throws Exception {
        importFile(resource("round-trip.pfif.xml"));
        String later;
        StringWriter out = new StringWriter();
        new PfifWriter(Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC)).write(store, out);
        later = out.toString();
        Map<String, String> f = fields(later);
        assertThat(f).containsEntry("person:xa.example/p.1/expiry_date", "2027-03-01T00:00:00Z")
                .containsKey("person:xa.example/p.1/source_date")
                .doesNotContainKeys("person:xa.example/p.1/given_name", "person:xa.example/p.1/full_name",
                        "note:xa.example/n.1/status");
    }

    @Test
    void doctypeAndExternalEntities_areRefused() {
        assertThatThrownBy(() -> importFile(resource("xxe.pfif.xml"))).isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void ids_roundTrip_throughRecordIds() {
        for (String id : List.of("xa.example/p.1", "xh.example/n/2", "a.org/ünï cödé_x:y")) {
            String recordId = PfifIds.toRecordId(id).orElseThrow();
            assertThat(RecordRef.validRecordId(recordId)).isTrue();
            assertThat(PfifIds.toPfifId(new RecordRef("xa", RecordType.REPORT, recordId))).isEqualTo(id);
        }
        assertThat(PfifIds.toRecordId("no-domain")).isEmpty();
        assertThat(PfifIds.toRecordId("a.org/" + "x".repeat(200))).isEmpty();
        assertThat(PfifIds.toPfifId(new RecordRef("xa", RecordType.PERSON, "hn-000001"))).isEqualTo("xa/hn-000001");
    }
}
