// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.RecordView;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.io.ImportReport;
import org.lifeline.node.sample.SyntheticPopulation;
import org.lifeline.node.store.RecordViews;
import org.lifeline.node.wiring.OfflineNode;

/**
 * The demo's data (shared/docs/scenarios.md): synthetic people at every node, plus one story person at host — a
 * national of A sheltered in region XH-3, registered by the shelter in Latin letters ("Muhammad Aliyev"), sought by
 * his mother through origin under his name in Cyrillic ("Мухаммед Алиев") — and consent records at host for A's
 * nationals (three in four consented to consular assistance and tracing by origin; half of those kept their
 * telephone number out).
 */
public final class DemoData {
    /** The sought person, as host's shelter registered him. */
    public static final String STORY_ROW = "h-story-1,person,Muhammad,Aliyev,,male,1990-04-12,XA,ru,"
            + "+9990001111,,Port Nord,XH-3,XH,,,,,,,,,,,,,,,";
    public static final List<String> CONSENTED_FIELDS = List.of("givenName", "familyName", "nameVariant", "sex",
            "birthDate", "nationality", "language", "placeOfStay");

    private DemoData() {
    }

    /** The consulate a national consents to: origin for nationals of A, origin-b for nationals of B; "" otherwise. */
    private static String recipientFor(RecordView v) {
        List<String> nationalities = v.values("nationality").stream().map(FieldValue::display).toList();
        if (nationalities.contains(SyntheticPopulation.ORIGIN)) {
            return "origin";
        }
        return nationalities.contains(SyntheticPopulation.ORIGIN_B) ? "origin-b" : "";
    }

    /** Imports {@code rows} synthetic rows (plus the story person at host) into a stopped node; returns the report. */
    public static ImportReport load(NodeSettings node, String prefix, int rows, boolean withStory) throws IOException {
        Path sample = node.dataDir().resolve("sample-" + node.nodeId() + ".csv");
        try (Writer w = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            new SyntheticPopulation(node.nodeId().hashCode()).writeCsv(w, prefix, rows);
        }
        if (withStory) {
            Files.writeString(sample, STORY_ROW + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
        try (OfflineNode offline = OfflineNode.open(node)) {
            ImportReport report = offline.importService().importFile(sample, "demo", p -> { });
            writeConsents(node, offline);
            return report;
        }
    }

    /** Consent records of the node's subjects who are nationals of A (recipient: origin) or B (recipient: origin-b). */
    private static void writeConsents(NodeSettings node, OfflineNode offline) throws IOException {
        List<RecordView> nationals = new ArrayList<>();
        offline.store().forEach(r -> {
            RecordView v = RecordViews.of(r);
            if (!recipientFor(v).isEmpty()) {
                nationals.add(v);
            }
        });
        StringBuilder ttl = new StringBuilder(ConsentRecords.PREFIXES);
        for (RecordView v : nationals) {
            int h = Math.floorMod(v.recordId().hashCode(), 8);
            boolean story = v.recordId().startsWith("h-story");
            if (h < 6 || story) {
                List<String> fields = new ArrayList<>(CONSENTED_FIELDS);
                if (h % 2 == 0 && !story) {
                    fields.add("telephone");
                }
                ttl.append(ConsentRecords.version1("https://" + node.nodeId() + "/id/consent/c-" + v.recordId(),
                        v.subject(), List.of("consular-assistance", "family-tracing"), List.of(recipientFor(v)), fields,
                        "2026-01-15T09:00:00Z"));
            }
        }
        Files.createDirectories(node.policyDir());
        Files.writeString(node.policyDir().resolve("consents.ttl"), ttl.toString(), StandardCharsets.UTF_8);
    }
}
