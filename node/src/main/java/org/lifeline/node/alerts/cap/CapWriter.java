// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts.cap;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lifeline.node.alerts.AlertLevel;
import org.lifeline.node.alerts.CrisisAlert;

/**
 * Writes one {@link CrisisAlert} as a CAP 1.2 {@code <alert>} (OASIS CAP 1.2 §3.2). Mapping (docs/alerts.md "CAP"):
 * identifier = alert IRI, sender = issuer node id, sent/effective = issued, expires = expires; msgType Alert for a
 * new alert, Update when it supersedes one, Cancel for a withdrawal, with {@code references} naming the earlier
 * alert when the caller knows it; scope Public; one {@code <info>} (category Safety) whose urgency, severity,
 * certainty and responseType follow the level ({@link CapLevel}); one {@code <area>} with the area code as areaDesc
 * and geocode, and the polygon if any. Times use a numeric offset, as §3.3.2 forbids "Z".
 */
public final class CapWriter {
    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP 1.2 §3.2.1 status values a node may emit. */
    public enum Status {
        ACTUAL("Actual"), EXERCISE("Exercise"), TEST("Test");

        private final String value;

        Status(String value) {
            this.value = value;
        }
    }

    private static final DateTimeFormatter CAP_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private final Status status;

    public CapWriter(Status status) {
        this.status = status;
    }

    /** @param referenced the alert this one supersedes or withdraws, if held (its sender, identifier and sent) */
    public String write(CrisisAlert alert, Optional<CrisisAlert> referenced) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("alert");
            xml.writeDefaultNamespace(NAMESPACE);
            text(xml, "identifier", alert.ref().iri());
            text(xml, "sender", alert.issuer());
            text(xml, "sent", time(alert.issued()));
            text(xml, "status", status.value);
            text(xml, "msgType", alert.withdrawn() ? "Cancel" : alert.supersedes().isPresent() ? "Update" : "Alert");
            text(xml, "scope", "Public");
            if (referenced.isPresent()) {
                CrisisAlert r = referenced.get();
                text(xml, "references", r.issuer() + "," + r.ref().iri() + "," + time(r.issued()));
            }
            info(xml, alert);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("CAP export of alert " + alert.ref() + " failed", e);
        }
        return out.toString();
    }

    private static void info(XMLStreamWriter xml, CrisisAlert alert) throws XMLStreamException {
        AlertLevel level = alert.level();
        CapLevel cap = CapLevel.of(level);
        xml.writeStartElement("info");
        text(xml, "language", "en");
        text(xml, "category", "Safety");
        text(xml, "event", "Crisis alert level " + level.number() + ": " + level.label());
        text(xml, "responseType", alert.withdrawn() ? "AllClear" : cap.responseType());
        text(xml, "urgency", alert.withdrawn() ? "Past" : cap.urgency());
        text(xml, "severity", cap.severity());
        text(xml, "certainty", cap.certainty());
        valuePair(xml, "eventCode", "https://w3id.org/lifeline/ns#alertLevel", Integer.toString(level.number()));
        text(xml, "effective", time(alert.issued()));
        text(xml, "expires", time(alert.expires()));
        text(xml, "senderName", alert.issuer());
        text(xml, "headline", (alert.withdrawn() ? "Withdrawn: " : "") + "level " + level.number() + " ("
                + level.label() + ") in " + alert.area().code());
        text(xml, "description", alert.reason());
        area(xml, alert);
        xml.writeEndElement();
    }

    private static void area(XMLStreamWriter xml, CrisisAlert alert) throws XMLStreamException {
        xml.writeStartElement("area");
        text(xml, "areaDesc", alert.area().code());
        if (!alert.polygon().isEmpty()) {
            text(xml, "polygon", alert.polygon().stream()
                    .map(p -> plain(p.latitude()) + "," + plain(p.longitude())).collect(Collectors.joining(" ")));
        }
        valuePair(xml, "geocode", alert.area().isCountry() ? "ISO 3166-1 alpha-2" : "ISO 3166-2",
                alert.area().code());
        xml.writeEndElement();
    }

    private static void valuePair(XMLStreamWriter xml, String element, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "valueName", name);
        text(xml, "value", value);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** CAP 1.2 §3.3.2: "2002-05-24T16:49:00-07:00"; UTC is written +00:00. */
    static String time(Instant instant) {
        return CAP_TIME.format(instant);
    }

    private static String plain(double degrees) {
        return BigDecimal.valueOf(degrees).toPlainString();
    }
}
