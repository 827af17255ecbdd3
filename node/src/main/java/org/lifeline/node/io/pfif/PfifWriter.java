// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.lifeline.node.store.RecordReader;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;
import org.lifeline.vocabulary.LL;

/**
 * Exports a node's person records and person reports as PFIF 1.4, each with the reports about the same person as
 * its notes. A record whose retention expired is written as a placeholder carrying only the fields PFIF 1.4 keeps
 * for expired records, so peers learn to delete their copies.
 */
public final class PfifWriter {
    private final Clock clock;

    public PfifWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes every person and person report of {@code reader}; returns the number of PFIF persons written. */
    public int write(RecordReader reader, Writer out) throws XMLStreamException {
        List<StoredRecord> persons = new ArrayList<>();
        Map<String, List<StoredRecord>> notesByPerson = new HashMap<>();
        reader.forEach(r -> {
            if (r.ref().type() == RecordType.PERSON) {
                persons.add(r);
            } else if (r.ref().type() == RecordType.REPORT) {
                Optional<String> about = object(r.graph(), uri(r.ref().iri()), LL.about).filter(Node::isURI).map(Node::getURI);
                if (about.isPresent() && !about.get().equals(r.ref().iri() + "#person")) {
                    notesByPerson.computeIfAbsent(about.get(), k -> new ArrayList<>()).add(r);
                } else {
                    persons.add(r);
                }
            }
        });
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("pfif", "pfif", PfifFields.NS);
        x.writeNamespace("pfif", PfifFields.NS);
        Instant now = clock.instant();
        for (StoredRecord p : persons) {
            boolean expired = p.expiresOn().filter(e -> !e.isAfter(now)).isPresent();
            x.writeStartElement("pfif", "person", PfifFields.NS);
            fields(x, PfifFields.PERSON, expired ? placeholder(p) : RdfToPfif.person(p));
            if (!expired) {
                for (StoredRecord n : notesByPerson.getOrDefault(personNode(p), List.of())) {
                    x.writeStartElement("pfif", "note", PfifFields.NS);
                    fields(x, PfifFields.NOTE, RdfToPfif.note(n, p));
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        return persons.size();
    }

    private static Map<String, String> placeholder(StoredRecord p) {
        Map<String, String> all = RdfToPfif.person(p);
        Map<String, String> kept = new LinkedHashMap<>();
        PfifFields.PLACEHOLDER.forEach(f -> Optional.ofNullable(all.get(f)).ifPresent(v -> kept.put(f, v)));
        return kept;
    }

    private static String personNode(StoredRecord p) {
        return p.ref().type() == RecordType.PERSON ? p.ref().iri() : p.ref().iri() + "#person";
    }

    /** Fields in the specification's order; empty ones left out. */
    private static void fields(XMLStreamWriter x, List<String> order, Map<String, String> values) throws XMLStreamException {
        for (String f : order) {
            String v = values.get(f);
            if (v != null && !v.isEmpty()) {
                x.writeStartElement("pfif", f, PfifFields.NS);
                x.writeCharacters(v);
                x.writeEndElement();
            }
        }
    }

    static String utc(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Optional<Node> object(Graph g, Node s, String p) {
        return g.find(s, uri(p), Node.ANY).toList().stream().map(t -> t.getObject()).findFirst();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
