// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lifeline.consent.model.RecordView;
import org.lifeline.consent.rdf.RdfRecords;
import org.lifeline.vocabulary.LL;

/**
 * Maps a stored record graph to the flat view the consent engine decides on (architecture.md: "mapping a stored RDF
 * record to the view is the store's job"). Fields are read from the record resource, its person (ll:about /
 * ll:registrant) and the person's identity document; the subject is the person's IRI, which consent records name.
 * The value mapping itself is {@link RdfRecords}'s, shared with {@code lifeline policy explain}.
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
        return RdfRecords.view(g, holders, person.getURI(), record.ref().recordId());
    }

    /** The subject (person IRI) of a stored record, as consent records name it. */
    public static String subjectOf(StoredRecord record) {
        Node self = uri(record.ref().iri());
        return object(record.graph(), self, ABOUT).or(() -> object(record.graph(), self, REGISTRANT))
                .orElse(self).getURI();
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
