// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.FieldKind;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.RecordView;
import org.lifeline.vocabulary.LL;

/**
 * Maps RDF with {@code ll:} properties to the engine's {@link RecordView}: the one mapping, used by the node's store
 * (which picks the nodes that hold a record's fields) and by {@code lifeline policy explain}. Properties outside the
 * field catalogue, and values that do not fit their field's kind, are left out of the view, so they can never be
 * released.
 */
public final class RdfRecords {
    private RdfRecords() {
    }

    /** The view of {@code subject}'s own properties; its IRI is the data subject matched against consent records. */
    public static RecordView view(Resource subject, String recordId) {
        return view(subject.getModel().getGraph(), List.of(subject.asNode()), subject.getURI(), recordId);
    }

    /** The fields of every node in {@code holders} (a record, its person, its documents) as one view of {@code subject}. */
    public static RecordView view(Graph graph, List<Node> holders, String subject, String recordId) {
        Map<String, List<FieldValue>> fields = new LinkedHashMap<>();
        for (Node holder : holders) {
            graph.find(holder, Node.ANY, Node.ANY).forEach(t -> {
                String iri = t.getPredicate().getURI();
                String field = iri.startsWith(LL.NS) ? iri.substring(LL.NS.length()) : "";
                FieldCatalogue.kindOf(field).flatMap(kind -> value(graph, kind, t.getObject()))
                        .ifPresent(v -> fields.computeIfAbsent(field, f -> new ArrayList<>()).add(v));
            });
        }
        return new RecordView(recordId, subject, fields);
    }

    private static Optional<FieldValue> value(Graph g, FieldKind kind, Node o) {
        try {
            return switch (kind) {
                case TEXT -> o.isLiteral() ? Optional.of(new FieldValue.Text(o.getLiteralLexicalForm()))
                        : text(g, o, LL.contactName).map(FieldValue.Text::new);
                case CODE -> Optional.of(new FieldValue.Code(o.isURI() ? o.getURI() : o.getLiteralLexicalForm()));
                case QUANTITY -> o.isLiteral() ? Optional.of(new FieldValue.Quantity(Long.parseLong(o.getLiteralLexicalForm())))
                        : Optional.empty();
                case DATE -> o.isLiteral() ? Optional.of(date(o)) : Optional.empty();
                case PLACE -> place(g, o);
                case CONTACT -> text(g, o, LL.contactName).map(name -> new FieldValue.Contact(name,
                        text(g, o, LL.telephone), text(g, o, LL.relationship)));
            };
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return Optional.empty();
        }
    }

    /** A place needs a country; an ISO 3166-2 admin-1 code implies it. */
    private static Optional<FieldValue> place(Graph g, Node place) {
        Optional<String> admin1 = text(g, place, LL.admin1);
        Optional<String> country = text(g, place, LL.country).or(() -> admin1.map(a -> a.substring(0, 2)));
        return country.map(c -> new FieldValue.Place(text(g, place, LL.locality), admin1, c));
    }

    private static FieldValue.PartialDate date(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        if (XSDDatatype.XSDdateTime.getURI().equals(literal.getLiteralDatatypeURI())) {
            return FieldValue.PartialDate.of(OffsetDateTime.parse(lexical).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        return FieldValue.PartialDate.parse(lexical);
    }

    private static Optional<String> text(Graph g, Node node, String propertyIri) {
        if (node.isLiteral()) {
            return Optional.empty();
        }
        var it = g.find(node, NodeFactory.createURI(propertyIri), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                : Optional.empty();
    }
}
