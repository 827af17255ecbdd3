// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.vocabulary.ConceptScheme;
import org.lifeline.vocabulary.LL;

/**
 * The local query of issue 8: which of this node's active registrations lie in an area. Reads registrations page by
 * page through {@link RecordReader#list}; a registrant whose place of stay names only a country is listed for that
 * country but not for one of its subdivisions (the same coverage rule as alerts: unknown is not "inside").
 */
public final class RegisteredNationals {
    private static final int PAGE = 500;
    private static final Node STATUS = node(LL.registrationStatus);
    private static final Node ACTIVE = node(ConceptScheme.REGISTRATION_STATUS.concept("active"));

    private RegisteredNationals() {
    }

    /** Active registrations whose registrant stays in {@code area}, in record-id order. */
    public static List<RegisteredNational> inArea(RecordReader reader, AreaCode area) {
        List<RegisteredNational> found = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<StoredRecord> page = reader.list(RecordType.REGISTRATION, offset, PAGE);
            for (StoredRecord r : page) {
                if (isActive(r)) {
                    placeOfStay(r).filter(area::covers).ifPresent(p -> found.add(
                            new RegisteredNational(r.ref(), p, 1 + count(r, LL.dependant))));
                }
            }
            if (page.size() < PAGE) {
                return found;
            }
        }
    }

    static boolean isActive(StoredRecord r) {
        return r.graph().contains(node(r.ref().iri()), STATUS, ACTIVE);
    }

    private static Optional<AreaCode> placeOfStay(StoredRecord r) {
        Graph g = r.graph();
        Optional<Node> place = object(g, node(r.ref().iri()), LL.registrant).flatMap(p -> object(g, p, LL.placeOfStay));
        if (place.isEmpty()) {
            return Optional.empty();
        }
        try {
            return AreaCode.ofPlace(literal(g, place.get(), LL.admin1), literal(g, place.get(), LL.country));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a place the shapes let through but that names no known area cannot match
        }
    }

    private static int count(StoredRecord r, String predicate) {
        return r.graph().find(node(r.ref().iri()), node(predicate), Node.ANY).toList().size();
    }

    private static Optional<Node> object(Graph g, Node subject, String predicate) {
        return g.find(subject, node(predicate), Node.ANY).nextOptional().map(Triple::getObject);
    }

    private static Optional<String> literal(Graph g, Node subject, String predicate) {
        return object(g, subject, predicate).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
