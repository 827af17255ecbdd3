// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lifeline.node.io.ParsedRecord;
import org.lifeline.node.io.RecordSource;
import org.lifeline.node.io.RowError;
import org.lifeline.node.io.UnreadableInputException;
import org.lifeline.node.io.csv.CsvColumn.Part;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.vocabulary.LL;

/**
 * Reads person, report and registration rows from a UTF-8 CSV file with a header row (mapping in docs/import.md).
 * Each row becomes one record; a row with bad cells is rejected whole, with one error per bad cell.
 */
public final class CsvRecordSource implements RecordSource {
    private static final List<RecordType> CSV_TYPES = List.of(RecordType.PERSON, RecordType.REPORT, RecordType.REGISTRATION);

    private final String file;
    private final String nodeId;
    private final long size;
    private final BoundedInputStream counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
    private final List<RowError> warnings = new ArrayList<>();
    private long nextLine;

    public CsvRecordSource(Path path, String fileLabel, String nodeId) throws IOException {
        this.file = fileLabel;
        this.nodeId = nodeId;
        this.size = Math.max(Files.size(path), 1);
        this.counted = BoundedInputStream.builder().setInputStream(Files.newInputStream(path)).get();
        Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
        this.parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false).get()).get();
        mapHeader(parser.getHeaderNames());
        this.rows = parser.iterator();
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    private void mapHeader(List<String> header) throws UnreadableInputException {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<CsvColumn> column = CsvColumn.byHeader(name);
            if (column.isPresent()) {
                columns.put(column.get(), i);
            } else if (!name.isBlank()) {
                warnings.add(new RowError(file, 1, name.strip(),
                        "column is not in the mapping (docs/import.md); its values were not imported"));
            }
        }
        for (CsvColumn required : List.of(CsvColumn.RECORD_ID, CsvColumn.TYPE)) {
            if (!columns.containsKey(required)) {
                throw new UnreadableInputException(file, "line 1: required column '" + required.header
                        + "' is missing; columns are listed in docs/import.md");
            }
        }
    }

    @Override
    public boolean next(Consumer<ParsedRecord> onRecord, Consumer<List<RowError>> onRejectedRow) {
        if (!rows.hasNext()) {
            return false;
        }
        long line = nextLine;
        CSVRecord row;
        try {
            row = rows.next();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // a malformed quote ruins the rest of the file for the parser: report it where it happened and stop
            onRejectedRow.accept(List.of(new RowError(file, line, "", "unreadable CSV from here on (unbalanced quote?)")));
            return false;
        }
        nextLine = parser.getCurrentLineNumber() + 1;
        List<RowError> errors = new ArrayList<>();
        Optional<ParsedRecord> parsed = toRecord(row, line, errors);
        if (errors.isEmpty() && parsed.isPresent()) {
            onRecord.accept(parsed.get());
        } else {
            onRejectedRow.accept(errors);
        }
        return true;
    }

    private Optional<ParsedRecord> toRecord(CSVRecord row, long line, List<RowError> errors) {
        String id = cell(row, CsvColumn.RECORD_ID);
        String typeSlug = cell(row, CsvColumn.TYPE).toLowerCase(java.util.Locale.ROOT);
        Optional<RecordType> type = RecordType.fromName(typeSlug).filter(CSV_TYPES::contains);
        if (!RecordRef.validRecordId(id)) {
            errors.add(error(line, CsvColumn.RECORD_ID, "required; 1-128 of A-Z a-z 0-9 . _ : -"));
        }
        if (type.isEmpty()) {
            errors.add(error(line, CsvColumn.TYPE, "must be person, report or registration"));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        RecordRef ref = new RecordRef(nodeId, type.get(), id);
        Graph g = GraphFactory.createDefaultGraph();
        var parts = new Parts(ref);
        Optional<java.time.Instant> expires = Optional.empty();
        for (var entry : columns.entrySet()) {
            CsvColumn column = entry.getKey();
            String value = entry.getValue() < row.size() ? row.get(entry.getValue()) : "";
            if (value.isBlank() || column == CsvColumn.TYPE) {
                continue;
            }
            try {
                if (column == CsvColumn.EXPIRES_ON) {
                    expires = Optional.of(CellReader.instant(value));
                    continue;
                }
                Node subject = parts.node(column.part, g);
                for (Node object : CellReader.read(column, value)) {
                    g.add(subject, NodeFactory.createURI(column.property), object);
                }
            } catch (CellReader.BadCell bad) {
                errors.add(error(line, column, bad.getMessage()));
            }
        }
        return errors.isEmpty() ? Optional.of(new ParsedRecord(ref, g, line, expires)) : Optional.empty();
    }

    private String cell(CSVRecord row, CsvColumn column) {
        int i = columns.get(column);
        return i < row.size() ? row.get(i).strip() : "";
    }

    private RowError error(long line, CsvColumn column, String reason) {
        return new RowError(file, line, column.header, reason);
    }

    @Override
    public double progress() {
        return Math.min(1.0, counted.getCount() / (double) size);
    }

    @Override
    public List<RowError> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Creates the record's parts on first use and links them to the record (docs/import.md, "Record shapes"). */
    private static final class Parts {
        private final RecordRef ref;
        private final Node record;
        private final Map<Part, Node> created = new EnumMap<>(Part.class);

        Parts(RecordRef ref) {
            this.ref = ref;
            this.record = NodeFactory.createURI(ref.iri());
        }

        Node node(Part part, Graph g) {
            if (created.isEmpty()) {
                g.add(record, RDF.type.asNode(), NodeFactory.createURI(ref.type().classIri()));
                created.put(Part.RECORD, record);
            }
            Node existing = created.get(part);
            if (existing != null) {
                return existing;
            }
            Node node = switch (part) {
                case RECORD -> record;
                case PERSON -> linked(g, record, ref.type() == RecordType.REPORT ? LL.about : LL.registrant, "#person", LL.Person);
                case PLACE -> ref.type() == RecordType.REPORT
                        ? linked(g, record, LL.lastKnownPlace, "#place", LL.Place)
                        : linked(g, node(Part.PERSON, g), LL.placeOfStay, "#place", LL.Place);
                case DOCUMENT -> linked(g, node(Part.PERSON, g), LL.identityDocument, "#doc1", LL.IdentityDocument);
                case CONTACT -> linked(g, node(Part.PERSON, g), LL.emergencyContact, "#contact", LL.Contact);
                case REPORTER -> linked(g, record, LL.reportedBy, "#reporter", LL.Contact);
            };
            created.put(part, node);
            return node;
        }

        private Node linked(Graph g, Node from, String property, String fragment, String type) {
            if (ref.type() == RecordType.PERSON && LL.Person.equals(type)) {
                return record;
            }
            Node node = NodeFactory.createURI(ref.iri() + fragment);
            g.add(from, NodeFactory.createURI(property), node);
            g.add(node, RDF.type.asNode(), NodeFactory.createURI(type));
            return node;
        }
    }
}
