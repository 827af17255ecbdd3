// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.vocabulary.LL;

/**
 * Reads matching features out of a record graph (docs/import.md, "Record shapes"): a person record carries the
 * fields itself; a report points to its person with {@code ll:about} and a registration with {@code ll:registrant}.
 * Places come from {@code ll:placeOfStay} and {@code ll:lastKnownPlace} on the record or the person.
 */
final class RecordFeatures {
    private static final Node ABOUT = uri(LL.about);
    private static final Node REGISTRANT = uri(LL.registrant);
    private static final Node GIVEN = uri(LL.givenName);
    private static final Node FAMILY = uri(LL.familyName);
    private static final Node VARIANT = uri(LL.nameVariant);
    private static final Node BIRTH = uri(LL.birthDate);
    private static final Node SEX = uri(LL.sex);
    private static final Node NATIONALITY = uri(LL.nationality);
    private static final Node ADMIN1 = uri(LL.admin1);
    private static final Node COUNTRY = uri(LL.country);
    private static final List<Node> PLACE_LINKS = List.of(uri(LL.placeOfStay), uri(LL.lastKnownPlace));

    private RecordFeatures() {
    }

    static Optional<PersonFeatures> extract(StoredRecord record) {
        RecordType type = record.ref().type();
        if (type != RecordType.PERSON && type != RecordType.REPORT && type != RecordType.REGISTRATION) {
            return Optional.empty();
        }
        Graph g = record.graph();
        Node rec = uri(record.ref().iri());
        Node person = type == RecordType.PERSON ? rec : first(g, rec, type == RecordType.REPORT ? ABOUT : REGISTRANT)
                .orElse(rec);
        Set<String> admin1 = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Node holder : rec.equals(person) ? List.of(rec) : List.of(rec, person)) {
            for (Node link : PLACE_LINKS) {
                g.find(holder, link, Node.ANY).forEach(t -> {
                    admin1.addAll(codes(g, t.getObject(), ADMIN1, PersonFeatures.ADMIN1));
                    countries.addAll(codes(g, t.getObject(), COUNTRY, PersonFeatures.COUNTRY));
                });
            }
        }
        return Optional.of(new PersonFeatures(names(g, person, GIVEN), names(g, person, FAMILY), names(g, person, VARIANT),
                literals(g, person, BIRTH).stream().map(PartialDate::parse).flatMap(Optional::stream).findFirst(),
                literals(g, person, SEX).stream().map(Sex::parse).flatMap(Optional::stream).findFirst().orElse(Sex.UNKNOWN),
                codes(g, person, NATIONALITY, PersonFeatures.COUNTRY), admin1, countries));
    }

    private static List<String> names(Graph g, Node person, Node property) {
        List<String> out = new ArrayList<>();
        for (String raw : literals(g, person, property)) {
            String latin = NameKey.latin(raw);
            if (!latin.isEmpty() && !out.contains(latin)) {
                out.add(latin);
            }
        }
        return out;
    }

    /** Values that are well-formed ISO codes; anything else cannot be compared and is left out. */
    private static Set<String> codes(Graph g, Node s, Node p, Pattern form) {
        Set<String> out = new LinkedHashSet<>();
        literals(g, s, p).stream().filter(v -> form.matcher(v).matches()).forEach(out::add);
        return out;
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).findFirst();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
