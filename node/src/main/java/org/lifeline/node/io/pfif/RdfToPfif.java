// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.vocabulary.LL;

/** PFIF 1.4 field values of a stored record: the inverse of {@link PfifToRdf} for every field it maps. */
final class RdfToPfif {
    private RdfToPfif() {
    }

    static Map<String, String> person(StoredRecord r) {
        Graph g = r.graph();
        Node record = PfifWriter.uri(r.ref().iri());
        Node person = r.ref().type() == RecordType.PERSON ? record
                : PfifWriter.object(g, record, LL.about).orElse(PfifWriter.uri(r.ref().iri() + "#person"));
        Map<String, String> f = new LinkedHashMap<>();
        f.put("person_record_id", PfifIds.toPfifId(r.ref()));
        f.put("entry_date", PfifWriter.utc(r.provenance().at()));
        r.expiresOn().ifPresent(e -> f.put("expiry_date", PfifWriter.utc(e)));
        text(g, record, LL.reportedBy).ifPresent(v -> f.put("author_name", v));
        text(g, record, LL.reportedOn).ifPresent(v -> f.put("source_date", v));
        Optional<String> given = text(g, person, LL.givenName);
        Optional<String> family = text(g, person, LL.familyName);
        List<String> alternates = new ArrayList<>();
        Optional<String> full = Optional.empty();
        for (Node v : objects(g, person, LL.nameVariant)) {
            if (v.getLiteralLanguage().endsWith("-" + PfifToRdf.FULL_NAME_TAG)) {
                full = Optional.of(v.getLiteralLexicalForm());
            } else {
                alternates.add(v.getLiteralLexicalForm());
            }
        }
        String joined = (given.orElse("") + " " + family.orElse("")).strip();
        f.put("full_name", full.orElse(joined.isEmpty() && !alternates.isEmpty() ? alternates.removeFirst() : joined));
        given.ifPresent(v -> f.put("given_name", v));
        family.ifPresent(v -> f.put("family_name", v));
        alternates.sort(String::compareTo);
        f.put("alternate_names", String.join("\n", alternates));
        text(g, person, LL.sex).filter(s -> !"unknown".equals(s)).ifPresent(v -> f.put("sex", v));
        text(g, person, LL.birthDate).ifPresent(v -> f.put("date_of_birth", v));
        text(g, person, LL.address).ifPresent(v -> f.put("home_street", v));
        PfifWriter.object(g, person, LL.placeOfStay).ifPresent(place -> {
            text(g, place, LL.locality).ifPresent(v -> f.put("home_city", v));
            text(g, place, LL.admin1).ifPresent(v -> f.put("home_state", v));
            text(g, place, LL.country).ifPresent(v -> f.put("home_country", v));
        });
        return f;
    }

    static Map<String, String> note(StoredRecord n, StoredRecord person) {
        Graph g = n.graph();
        Node record = PfifWriter.uri(n.ref().iri());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("note_record_id", PfifIds.toPfifId(n.ref()));
        f.put("person_record_id", PfifIds.toPfifId(person.ref()));
        f.put("entry_date", PfifWriter.utc(n.provenance().at()));
        text(g, record, LL.reportedBy).ifPresent(v -> f.put("author_name", v));
        text(g, record, LL.reportedOn).ifPresent(v -> f.put("source_date", v));
        PfifWriter.object(g, record, LL.reportStatus).filter(Node::isURI)
                .map(s -> s.getURI().substring(s.getURI().lastIndexOf('/') + 1))
                .flatMap(PfifFields::statusOut).ifPresent(v -> f.put("status", v));
        PfifWriter.object(g, record, LL.lastKnownPlace).flatMap(p -> text(g, p, LL.locality))
                .ifPresent(v -> f.put("last_known_location", v));
        return f;
    }

    private static Optional<String> text(Graph g, Node s, String p) {
        return PfifWriter.object(g, s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static List<Node> objects(Graph g, Node s, String p) {
        return g.find(s, PfifWriter.uri(p), Node.ANY).toList().stream().map(t -> t.getObject()).filter(Node::isLiteral).toList();
    }
}
