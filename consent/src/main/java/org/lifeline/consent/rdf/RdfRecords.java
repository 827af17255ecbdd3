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
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.FieldKind;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.RecordView;
import org.lifeline.vocabulary.LL;

/**
 * Maps an RDF resource with {@code ll:} properties to the engine's {@link RecordView}, for {@code lifeline policy
 * explain} and tests. Properties outside the field catalogue are left out of the view, so they can never be released.
 * The node's store may bring its own mapping; this one follows {@code LL}'s documented value shapes.
 */
public final class RdfRecords {
    private RdfRecords() {
    }

    /** The view of {@code subject}; its IRI is the data subject matched against consent records. */
    public static RecordView view(Resource subject, String recordId) {
        Map<String, List<FieldValue>> fields = new LinkedHashMap<>();
        for (Statement statement : subject.listProperties().toList()) {
            String iri = statement.getPredicate().getURI();
            if (!iri.startsWith(LL.NS)) {
                continue;
            }
            String field = iri.substring(LL.NS.length());
            FieldCatalogue.kindOf(field).ifPresent(kind ->
                    fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value(kind, statement.getObject(), field)));
        }
        return new RecordView(recordId, subject.getURI(), fields);
    }

    private static FieldValue value(FieldKind kind, RDFNode node, String field) {
        return switch (kind) {
            case TEXT -> new FieldValue.Text(lexical(node, field));
            case CODE -> new FieldValue.Code(node.isURIResource() ? node.asResource().getURI() : lexical(node, field));
            case QUANTITY -> new FieldValue.Quantity(literal(node, field).getLong());
            case DATE -> date(literal(node, field));
            case PLACE -> new FieldValue.Place(text(node, LL.locality), text(node, LL.admin1),
                    text(node, LL.country).orElseThrow(() -> new IllegalArgumentException(field + " needs ll:country")));
            case CONTACT -> new FieldValue.Contact(text(node, LL.contactName)
                    .orElseThrow(() -> new IllegalArgumentException(field + " needs ll:contactName")),
                    text(node, LL.telephone), text(node, LL.relationship));
        };
    }

    private static FieldValue.PartialDate date(Literal literal) {
        String lexical = literal.getLexicalForm();
        if (XSDDatatype.XSDdateTime.getURI().equals(literal.getDatatypeURI())) {
            return FieldValue.PartialDate.of(OffsetDateTime.parse(lexical).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        }
        return FieldValue.PartialDate.parse(lexical);
    }

    private static Literal literal(RDFNode node, String field) {
        if (!node.isLiteral()) {
            throw new IllegalArgumentException("field " + field + " needs a literal");
        }
        return node.asLiteral();
    }

    private static String lexical(RDFNode node, String field) {
        return literal(node, field).getLexicalForm();
    }

    private static Optional<String> text(RDFNode node, String propertyIri) {
        if (!node.isResource()) {
            return Optional.empty();
        }
        Property property = node.getModel().createProperty(propertyIri);
        Statement statement = node.asResource().getProperty(property);
        return Optional.ofNullable(statement).map(s -> s.getObject().isLiteral()
                ? s.getObject().asLiteral().getLexicalForm() : s.getObject().toString());
    }
}
