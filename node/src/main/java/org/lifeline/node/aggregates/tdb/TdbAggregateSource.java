// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.tdb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.lifeline.node.aggregates.AggregateQuery;
import org.lifeline.node.aggregates.AggregateRow;
import org.lifeline.node.aggregates.Dimension;
import org.lifeline.node.store.RecordType;
import org.lifeline.vocabulary.LL;

/**
 * Aggregate rows from the record graphs of a TDB2 store (shapes in docs/import.md): one row per record of the asked
 * type, with the person's sex, birth date and nationality (on the record for a person, on the {@code ll:about} or
 * {@code ll:registrant} node otherwise), the admin-1 code of the report's last known place or the person's place of
 * stay, the report or registration status, the protection, immigration and detention status, and the reference date
 * (reported on, registered on, or last seen; a partial date counts from its first day). A person with several
 * nationalities counts once, under the sorted combination ("XA|XB"), so one record still falls in one cell.
 */
public final class TdbAggregateSource {
    private static final String QUERY = """
            PREFIX ll: <%s>
            SELECT ?g (SAMPLE(?sex0) AS ?sex) (SAMPLE(?birth0) AS ?birth)
                   (GROUP_CONCAT(DISTINCT ?nat0; separator="|") AS ?nat) (SAMPLE(?adm0) AS ?adm)
                   (SAMPLE(?rs0) AS ?rs) (SAMPLE(?reg0) AS ?reg) (SAMPLE(?prot0) AS ?prot)
                   (SAMPLE(?imm0) AS ?imm) (SAMPLE(?det0) AS ?det) (SAMPLE(COALESCE(?on, ?seen)) AS ?date)
            WHERE {
              GRAPH ?g {
                ?g a <%s> .
                %s
                OPTIONAL { ?g ll:reportStatus ?rs0 }
                OPTIONAL { ?g ll:registrationStatus ?reg0 }
                OPTIONAL { ?g ll:reportedOn|ll:registeredOn ?on }
                OPTIONAL { ?g ll:lastSeen ?seen }
              }
            }
            GROUP BY ?g
            """;
    /** The person's fields on subject %1$s; every pattern starts from a bound subject so TDB2 uses its indexes. */
    private static final String PERSON = """
            OPTIONAL { %1$s ll:sex ?sex0 }
                OPTIONAL { %1$s ll:birthDate ?birth0 }
                OPTIONAL { %1$s ll:nationality ?nat0 }
                OPTIONAL { %1$s ll:protectionStatus ?prot0 }
                OPTIONAL { %1$s ll:immigrationStatus ?imm0 }
                OPTIONAL { %1$s ll:detentionStatus ?det0 }
                OPTIONAL { %1$s ll:placeOfStay/ll:admin1 ?adm0 }""";
    private static final Map<Dimension, String> COLUMNS = Map.of(Dimension.SEX, "sex", Dimension.NATIONALITY, "nat",
            Dimension.ADMIN1, "adm", Dimension.REPORT_STATUS, "rs", Dimension.REGISTRATION_STATUS, "reg",
            Dimension.PROTECTION_STATUS, "prot", Dimension.IMMIGRATION_STATUS, "imm", Dimension.DETENTION_STATUS, "det");

    private final DatasetGraph dataset;

    public TdbAggregateSource(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Rows of every record of {@code recordType} (a name of {@link AggregateQuery#RECORD_TYPES}: person, report, registration). */
    public List<AggregateRow> rows(String recordType) {
        RecordType type = RecordType.fromName(recordType).filter(t -> AggregateQuery.RECORD_TYPES.contains(recordType))
                .orElseThrow(() -> new IllegalArgumentException("recordType must be one of " + AggregateQuery.RECORD_TYPES));
        String sparql = QUERY.formatted(LL.NS, type.classIri(), personPatterns(type));
        return Txn.calculateRead(dataset, () -> {
            List<AggregateRow> rows = new ArrayList<>();
            QueryExec.dataset(dataset).query(sparql).select().forEachRemaining(b -> rows.add(row(b)));
            return rows;
        });
    }

    /**
     * A person record is the person; a report or registration points to it and may not (no person columns imported),
     * so the person's patterns are nested under that link rather than run on an unbound subject.
     */
    private static String personPatterns(RecordType type) {
        return switch (type) {
            case PERSON -> PERSON.formatted("?g");
            case REPORT -> "OPTIONAL { ?g ll:about ?p . " + PERSON.formatted("?p") + " }\n"
                    + "    OPTIONAL { ?g ll:lastKnownPlace/ll:admin1 ?adm0 }";
            default -> "OPTIONAL { ?g ll:registrant ?p . " + PERSON.formatted("?p") + " }";
        };
    }

    private static AggregateRow row(Binding b) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        COLUMNS.forEach((dimension, column) -> text(b, column).ifPresent(v -> values.put(dimension, v)));
        values.computeIfPresent(Dimension.NATIONALITY, (d, v) -> String.join("|", Arrays.stream(v.split("\\|")).sorted().toList()));
        return new AggregateRow(values, text(b, "birth"), text(b, "date").flatMap(TdbAggregateSource::firstDay));
    }

    /** Literal lexical form, or the last path segment of a concept IRI (".../report-status/missing" gives "missing"). */
    private static Optional<String> text(Binding b, String column) {
        Node n = b.get(column);
        if (n == null) {
            return Optional.empty();
        }
        String v = n.isURI() ? n.getURI().substring(n.getURI().lastIndexOf('/') + 1) : n.isLiteral() ? n.getLiteralLexicalForm() : "";
        return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<LocalDate> firstDay(String partial) {
        try {
            return Optional.of(switch (partial.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
                case 7 -> YearMonth.parse(partial).atDay(1);
                case 10 -> LocalDate.parse(partial);
                default -> LocalDate.ofInstant(Instant.parse(partial), ZoneOffset.UTC);
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
