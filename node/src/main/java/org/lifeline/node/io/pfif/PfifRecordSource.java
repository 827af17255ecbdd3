// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.lifeline.node.io.ParsedRecord;
import org.lifeline.node.io.RecordSource;
import org.lifeline.node.io.RowError;
import org.lifeline.node.io.UnreadableInputException;

/**
 * Reads a PFIF 1.4 XML file as records for the importer (docs/matching.md, "PFIF"). Persons whose expiry date has
 * passed are not imported (PFIF 1.4: an expired record must no longer be shared). File-level warnings list every
 * unknown element and every PFIF field the vocabulary does not map, each with the line it was first seen on.
 */
public final class PfifRecordSource implements RecordSource {
    private final Deque<Item> items = new ArrayDeque<>();
    private final List<RowError> warnings = new ArrayList<>();
    private final int total;

    private record Item(Optional<ParsedRecord> record, List<RowError> errors) {
    }

    public PfifRecordSource(Path path, String label, String nodeId, Clock clock) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            load(PfifParser.parse(in), new PfifToRdf(nodeId, label), label, clock.instant());
        } catch (XMLStreamException e) {
            throw new UnreadableInputException(label, "not well-formed PFIF XML at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber()));
        }
        this.total = Math.max(1, items.size());
    }

    private void load(PfifParser.Parsed parsed, PfifToRdf mapping, String label, Instant now) {
        parsed.unknown().forEach((field, line) -> warnings.add(new RowError(label, line, field, "not a PFIF 1.4 field; ignored")));
        Map<String, Long> unmapped = new TreeMap<>();
        for (PfifParser.Entry e : parsed.entries()) {
            if ("person".equals(e.kind())) {
                unmapped(e, PfifFields.PERSON_MAPPED, unmapped);
                person(e, mapping, label, now);
                e.notes().forEach(n -> note(n, e.fields().get("person_record_id"), mapping, unmapped));
            } else {
                note(e, e.fields().get("person_record_id"), mapping, unmapped);
            }
        }
        unmapped.forEach((field, line) -> warnings.add(new RowError(label, line, field,
                "PFIF field has no vocabulary term; not imported")));
    }

    private void person(PfifParser.Entry e, PfifToRdf mapping, String label, Instant now) {
        List<RowError> errors = new ArrayList<>();
        var record = mapping.person(e, errors, warnings);
        if (record.isPresent() && record.get().expiresOn().filter(x -> !x.isAfter(now)).isPresent()) {
            warnings.add(new RowError(label, e.line(), "expiry_date", "expired; not imported"));
            return;
        }
        items.add(new Item(record, errors));
    }

    private void note(PfifParser.Entry e, String personId, PfifToRdf mapping, Map<String, Long> unmapped) {
        unmapped(e, PfifFields.NOTE_MAPPED, unmapped);
        List<RowError> errors = new ArrayList<>();
        items.add(new Item(mapping.note(e, personId, errors), errors));
    }

    private static void unmapped(PfifParser.Entry e, Set<String> mapped, Map<String, Long> out) {
        e.fields().forEach((field, value) -> {
            if (!mapped.contains(field) && !value.isBlank()) {
                out.putIfAbsent(e.kind() + "/" + field, e.line());
            }
        });
    }

    @Override
    public boolean next(Consumer<ParsedRecord> onRecord, Consumer<List<RowError>> onRejectedRow) {
        Item item = items.poll();
        if (item == null) {
            return false;
        }
        item.record().ifPresentOrElse(onRecord, () -> onRejectedRow.accept(item.errors()));
        return !items.isEmpty();
    }

    @Override
    public double progress() {
        return 1.0 - (double) items.size() / total;
    }

    @Override
    public List<RowError> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        items.clear();
    }
}
