// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.lang.Character.UnicodeScript;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.lifeline.node.io.ParsedRecord;
import org.lifeline.node.io.RowError;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;
import org.lifeline.vocabulary.LL;

/**
 * Maps one PFIF entry to a record graph. A PFIF person becomes a person report {@code R} with the person at
 * {@code R#person} (names, sex, birth date, home address and place); a note becomes a report about that person
 * node carrying the note's status. A full name that is not just "given family" is kept as a name variant whose
 * language tag ends in {@code -x-fullname}, so export can tell it from the alternate names.
 */
final class PfifToRdf {
    static final String FULL_NAME_TAG = "x-fullname";
    static final String REPORT_STATUS = "https://w3id.org/lifeline/report-status/";
    private static final Pattern ADMIN1 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Map<String, String> SEXES = Map.of("female", "female", "male", "male", "other", "other");

    private final String nodeId;
    private final String file;

    PfifToRdf(String nodeId, String file) {
        this.nodeId = nodeId;
        this.file = file;
    }

    /** The person report, or the errors that reject it; {@code warnings} gets values that could not be kept. */
    Optional<ParsedRecord> person(PfifParser.Entry e, List<RowError> errors, List<RowError> warnings) {
        Map<String, String> f = e.fields();
        Optional<RecordRef> ref = ref(f.get("person_record_id"), "person_record_id", e.line(), errors);
        Optional<Instant> expires = instant(f.get("expiry_date"), "expiry_date", e.line(), errors);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Graph g = GraphFactory.createDefaultGraph();
        Node record = record(g, ref.get(), f, e.line(), errors);
        Node person = part(g, record, LL.about, ref.get(), "#person", LL.Person);
        literal(g, person, LL.givenName, f.get("given_name"));
        literal(g, person, LL.familyName, f.get("family_name"));
        fullName(f).ifPresent(n -> g.add(person, uri(LL.nameVariant), NodeFactory.createLiteralLang(n, scriptTag(n) + "-" + FULL_NAME_TAG)));
        for (String alt : split(f.get("alternate_names"))) {
            g.add(person, uri(LL.nameVariant), NodeFactory.createLiteralLang(alt, scriptTag(alt)));
        }
        value(f.get("sex")).ifPresent(s -> {
            if (SEXES.containsKey(s)) {
                literal(g, person, LL.sex, SEXES.get(s));
            } else {
                errors.add(new RowError(file, e.line(), "sex", "must be female, male or other"));
            }
        });
        value(f.get("date_of_birth")).ifPresent(d -> PartialDate.parse(d).filter(p -> p.toString().equals(d)).ifPresentOrElse(
                p -> g.add(person, uri(LL.birthDate), partialDate(p)),
                () -> errors.add(new RowError(file, e.line(), "date_of_birth", "must be YYYY, YYYY-MM or YYYY-MM-DD"))));
        literal(g, person, LL.address, f.get("home_street"));
        home(g, person, ref.get(), f, e.line(), warnings);
        return errors.isEmpty() ? Optional.of(new ParsedRecord(ref.get(), g, e.line(), expires)) : Optional.empty();
    }

    /** The note as a report about {@code personId}'s person node. */
    Optional<ParsedRecord> note(PfifParser.Entry e, String personId, List<RowError> errors) {
        Map<String, String> f = e.fields();
        Optional<RecordRef> ref = ref(f.get("note_record_id"), "note_record_id", e.line(), errors);
        Optional<RecordRef> about = ref(personId, "person_record_id", e.line(), errors);
        if (ref.isEmpty() || about.isEmpty()) {
            return Optional.empty();
        }
        Graph g = GraphFactory.createDefaultGraph();
        Node record = record(g, ref.get(), f, e.line(), errors);
        g.add(record, uri(LL.about), uri(about.get().iri() + "#person"));
        value(f.get("status")).ifPresent(s -> PfifFields.statusIn(s).ifPresentOrElse(
                slug -> g.add(record, uri(LL.reportStatus), uri(REPORT_STATUS + slug)),
                () -> errors.add(new RowError(file, e.line(), "status", "must be a PFIF 1.4 note status"))));
        value(f.get("last_known_location")).ifPresent(l -> literal(g, part(g, record, LL.lastKnownPlace, ref.get(), "#place",
                LL.Place), LL.locality, l));
        return errors.isEmpty() ? Optional.of(new ParsedRecord(ref.get(), g, e.line(), Optional.empty())) : Optional.empty();
    }

    private Node record(Graph g, RecordRef ref, Map<String, String> f, long line, List<RowError> errors) {
        Node record = uri(ref.iri());
        g.add(record, RDF.type.asNode(), uri(LL.PersonReport));
        g.add(record, uri(LL.recordId), NodeFactory.createLiteralString(ref.recordId()));
        literal(g, record, LL.reportedBy, f.get("author_name"));
        instant(f.get("source_date"), "source_date", line, errors).ifPresent(t -> g.add(record, uri(LL.reportedOn),
                NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime)));
        return record;
    }

    private void home(Graph g, Node person, RecordRef ref, Map<String, String> f, long line, List<RowError> warnings) {
        Optional<String> city = value(f.get("home_city"));
        Optional<String> state = value(f.get("home_state"));
        Optional<String> country = value(f.get("home_country"));
        state.filter(s -> !ADMIN1.matcher(s).matches()).ifPresent(s -> warnings.add(new RowError(file, line, "home_state",
                "not an ISO 3166-2 code, so it cannot be ll:admin1; not imported")));
        country.filter(c -> !COUNTRY.matcher(c).matches()).ifPresent(c -> warnings.add(new RowError(file, line,
                "home_country", "not an ISO 3166-1 alpha-2 code; not imported")));
        state = state.filter(s -> ADMIN1.matcher(s).matches());
        country = country.filter(c -> COUNTRY.matcher(c).matches());
        if (city.isEmpty() && state.isEmpty() && country.isEmpty()) {
            return;
        }
        Node place = part(g, person, LL.placeOfStay, ref, "#place", LL.Place);
        city.ifPresent(c -> literal(g, place, LL.locality, c));
        state.ifPresent(s -> literal(g, place, LL.admin1, s));
        country.ifPresent(c -> literal(g, place, LL.country, c));
    }

    /** The full name, unless it is just the given and family names joined (export rebuilds that). */
    private static Optional<String> fullName(Map<String, String> f) {
        Optional<String> full = value(f.get("full_name")).map(PfifToRdf::squash);
        String joined = squash(f.getOrDefault("given_name", "") + " " + f.getOrDefault("family_name", ""));
        return full.filter(n -> !n.equals(joined));
    }

    private Optional<RecordRef> ref(String pfifId, String field, long line, List<RowError> errors) {
        Optional<String> id = value(pfifId).flatMap(PfifIds::toRecordId);
        if (id.isEmpty()) {
            errors.add(new RowError(file, line, field, "required: a PFIF id 'domain/local' of at most 128 encoded characters"));
            return Optional.empty();
        }
        return Optional.of(new RecordRef(nodeId, RecordType.REPORT, id.get()));
    }

    private Optional<Instant> instant(String v, String field, long line, List<RowError> errors) {
        try {
            return value(v).map(Instant::parse);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(file, line, field, "must be a UTC date-time yyyy-mm-ddThh:mm:ssZ"));
            return Optional.empty();
        }
    }

    static Node partialDate(PartialDate p) {
        XSDDatatype type = p.hasDay() ? XSDDatatype.XSDdate : p.hasMonth() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(p.toString(), type);
    }

    private static Node part(Graph g, Node from, String property, RecordRef ref, String fragment, String type) {
        Node node = uri(ref.iri() + fragment);
        g.add(from, uri(property), node);
        g.add(node, RDF.type.asNode(), uri(type));
        return node;
    }

    private static void literal(Graph g, Node s, String property, String v) {
        value(v).ifPresent(x -> g.add(s, uri(property), NodeFactory.createLiteralString(x)));
    }

    static Optional<String> value(String v) {
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    static List<String> split(String v) {
        return v == null ? List.of() : v.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** "und-" plus the script of the first letter (as the CSV import tags name variants). */
    static String scriptTag(String text) {
        return text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst()
                .map(s -> switch (s) {
                    case LATIN -> "und-Latn";
                    case CYRILLIC -> "und-Cyrl";
                    case ARABIC -> "und-Arab";
                    case GREEK -> "und-Grek";
                    default -> "und";
                }).orElse("und");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
