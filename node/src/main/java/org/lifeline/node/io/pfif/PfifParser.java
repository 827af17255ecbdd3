// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.pfif;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PFIF 1.4 document (a {@code pfif:pfif} root, or an Atom feed carrying PFIF elements) into entries: each
 * person with its nested notes, and top-level notes. DTDs and external entities are refused (XXE). Elements that are
 * not PFIF 1.4 fields are collected as unknown, with the line they were first seen on.
 */
final class PfifParser {
    /** One PFIF person or note: its fields as written, the line it starts on, and (persons) its nested notes. */
    record Entry(String kind, Map<String, String> fields, long line, List<Entry> notes) {
    }

    /** The parse: entries in document order and unknown elements ("person/foo" to first line). */
    record Parsed(List<Entry> entries, Map<String, Long> unknown) {
    }

    private final Map<String, Long> unknown = new LinkedHashMap<>();

    static Parsed parse(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
        try {
            return new PfifParser().read(r);
        } finally {
            r.close();
        }
    }

    private Parsed read(XMLStreamReader r) throws XMLStreamException {
        List<Entry> entries = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && PfifFields.NS.equals(r.getNamespaceURI())
                    && ("person".equals(r.getLocalName()) || "note".equals(r.getLocalName()))) {
                entries.add(entry(r, r.getLocalName()));
            }
        }
        return new Parsed(entries, Map.copyOf(unknown));
    }

    /** Reads one record element up to its end tag; the reader is on its start tag. */
    private Entry entry(XMLStreamReader r, String kind) throws XMLStreamException {
        long line = r.getLocation().getLineNumber();
        List<String> known = "person".equals(kind) ? PfifFields.PERSON : PfifFields.NOTE;
        Map<String, String> fields = new LinkedHashMap<>();
        List<Entry> notes = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return new Entry(kind, fields, line, notes);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            boolean pfif = PfifFields.NS.equals(r.getNamespaceURI());
            if (pfif && "person".equals(kind) && "note".equals(name)) {
                notes.add(entry(r, "note"));
            } else if (pfif && known.contains(name)) {
                fields.put(name, text(r).strip());
            } else {
                unknown.putIfAbsent(kind + "/" + name, (long) r.getLocation().getLineNumber());
                skip(r);
            }
        }
        throw new XMLStreamException("unexpected end of document inside a " + kind);
    }

    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder s = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                s.append(r.getText());
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return s.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        text(r);
    }
}
