// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.tdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.aggregates.AggregateRow;
import org.lifeline.node.aggregates.Dimension;
import org.lifeline.node.io.ImportService;
import org.lifeline.node.io.Importer;
import org.lifeline.node.store.tdb.TdbRecordStore;

class TdbAggregateSourceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final TdbRecordStore store = TdbRecordStore.inMemory();
    private final ImportService imports = new ImportService(new Importer(store, g -> List.of(), CLOCK, 100), "host",
            Optional.empty());

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void rows_readEachRecordsDimensionValuesFromItsGraph() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, """
                record_id,type,given_name,sex,birth_date,nationality,admin1,protection_status,immigration_status,report_status,reported_on,registration_status,registered_on
                p1,person,Ana,f,1990-04-02,XB|XA,XH-3,refugee,irregular,,,,
                p2,person,Omar,m,1979,XA,,,,,,,
                r1,report,Rosa,f,2015-06,XA,XH-1,,,missing,2026-02,,
                g1,registration,Ivan,m,1960,XA,XH-2,,,,,active,2025-11-03
                """, StandardCharsets.UTF_8);
        imports.importFile(csv, "test", p -> { });
        TdbAggregateSource source = new TdbAggregateSource(store.dataset());

        List<AggregateRow> people = source.rows("person").stream()
                .sorted(Comparator.comparing(r -> r.values().getOrDefault(Dimension.SEX, ""))).toList();
        assertThat(people).containsExactly(
                new AggregateRow(Map.of(Dimension.SEX, "female", Dimension.NATIONALITY, "XA|XB",
                        Dimension.ADMIN1, "XH-3", Dimension.PROTECTION_STATUS, "refugee",
                        Dimension.IMMIGRATION_STATUS, "irregular"), Optional.of("1990-04-02"), Optional.empty()),
                new AggregateRow(Map.of(Dimension.SEX, "male", Dimension.NATIONALITY, "XA"), Optional.of("1979"),
                        Optional.empty()));
        assertThat(source.rows("report")).containsExactly(new AggregateRow(Map.of(Dimension.SEX, "female",
                Dimension.NATIONALITY, "XA", Dimension.ADMIN1, "XH-1", Dimension.REPORT_STATUS, "missing"),
                Optional.of("2015-06"), Optional.of(LocalDate.of(2026, 2, 1))));
        assertThat(source.rows("registration")).containsExactly(new AggregateRow(Map.of(Dimension.SEX, "male",
                Dimension.NATIONALITY, "XA", Dimension.ADMIN1, "XH-2", Dimension.REGISTRATION_STATUS, "active"),
                Optional.of("1960"), Optional.of(LocalDate.of(2025, 11, 3))));
    }
}
