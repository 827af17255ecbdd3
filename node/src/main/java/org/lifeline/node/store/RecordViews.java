// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.FieldKind;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.RecordView;
import org.lifeline.vocabulary.LL;

/**
 * Maps a stored record graph to the flat view the consent engine decides on (architecture.md: "mapping a stored RDF
 * record to the view is the store's job"). Fields are read from the record resource, its person (ll:about /
 * ll:registrant) and the person's identity document; the subject is the person's IRI, which consent records name.
 * Values that do not fit their field's kind are left out of the view, so they can never be released.
 */
public final class RecordViews {
    private static final Node ABOUT = uri(LL.about);
    private static final Node REGISTRANT = uri(LL.registrant);
    private static final Node DOCUMENT = uri(LL.identityDocument);

    private RecordViews() {
    }

    public static RecordView of(StoredRecord record) {
        Graph g = record.graph();
        Node self = uri(record.ref().iri());
        Node person = object(g, self, ABOUT).or(() -> object(g, self, REGISTRANT)).orElse(self);
        List<Node> holders = new ArrayList<>(List.of(self));
        if (!person.equals(self)) {
            holders.add(person);
        }
        g.find(person, DOCUMENT, Node.ANY).forEach(t -> holders.add(t.getObject()));
        Map<String, List<FieldValue>> fields = new LinkedHashMap<>();
        for (Node holder : holders) {
            g.find(holder, Node.ANY, Node.ANY).forEach(t -> {
                String name = localName(t.getPredicate().getURI());
                FieldCatalogue.kindOf(name).flatMap(kind -> value(g, kind, t.getObject()))
                        .ifPresent(v -> fields.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
            });
        }
        return new RecordView(record.ref().recordId(), person.getURI(), fields);
    }

    /** The subject (person IRI) of a stored record, as consent records name it. */
    public static String subjectOf(StoredRecord record) {
        Node self = uri(record.ref().iri());
        return object(record.graph(), self, ABOUT).or(() -> object(record.graph(), self, REGISTRANT))
                .orElse(self).getURI();
    }

    private static Optional<FieldValue> value(Graph g, FieldKind kind, Node o) {
        try {
            return switch (kind) {
                case TEXT -> o.isLiteral() ? Optional.of(new FieldValue.Text(o.getLiteralLexicalForm()))
                        : literalOf(g, o, LL.contactName).map(FieldValue.Text::new);
                case CODE -> Optional.of(new FieldValue.Code(o.isURI() ? lastSegment(o.getURI()) : o.getLiteralLexicalForm()));
                case DATE -> o.isLiteral() ? Optional.of(FieldValue.PartialDate.parse(datePart(o.getLiteralLexicalForm())))
                        : Optional.empty();
                case PLACE -> place(g, o);
                case CONTACT -> literalOf(g, o, LL.contactName).map(name -> new FieldValue.Contact(name,
                        literalOf(g, o, LL.telephone), literalOf(g, o, LL.relationship)));
                case QUANTITY -> o.isLiteral() ? Optional.of(new FieldValue.Quantity(Long.parseLong(o.getLiteralLexicalForm())))
                        : Optional.empty();
            };
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<FieldValue> place(Graph g, Node place) {
        Optional<String> admin1 = literalOf(g, place, LL.admin1);
        Optional<String> country = literalOf(g, place, LL.country).or(() -> admin1.map(a -> a.substring(0, 2)));
        return country.map(c -> new FieldValue.Place(literalOf(g, place, LL.locality), admin1, c));
    }

    private static String datePart(String lexical) {
        int t = lexical.indexOf('T');
        return t > 0 ? lexical.substring(0, t) : lexical;
    }

    private static Optional<String> literalOf(Graph g, Node s, String property) {
        return object(g, s, uri(property)).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static String localName(String iri) {
        return iri.startsWith(LL.NS) ? iri.substring(LL.NS.length()) : "";
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
