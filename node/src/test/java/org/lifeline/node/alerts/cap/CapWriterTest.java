// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifeline.node.alerts.AlertLevel;
import org.lifeline.node.alerts.CrisisAlert;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.place.GeoPoint;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** CAP output validates against the OASIS CAP 1.2 schema (test resource cap/CAP-v1.2.xsd) and maps levels as documented. */
class CapWriterTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final CapWriter WRITER = new CapWriter(CapWriter.Status.EXERCISE);
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(new StreamSource(CapWriterTest.class.getResourceAsStream("/cap/CAP-v1.2.xsd")));
    }

    @ParameterizedTest
    @CsvSource({"1,Future,Minor,Possible,Monitor", "2,Expected,Moderate,Likely,Avoid",
            "3,Expected,Severe,Likely,Prepare", "4,Immediate,Extreme,Observed,Evacuate"})
    void write_eachLevel_validatesAndMapsAsDocumented(int level, String urgency, String severity, String certainty,
                                                      String response) throws Exception {
        String xml = WRITER.write(alert("CA-1", AlertLevel.of(level), Optional.empty(), false), Optional.empty());
        validate(xml);
        assertThat(List.of(xpath(xml, "urgency"), xpath(xml, "severity"), xpath(xml, "certainty"),
                xpath(xml, "responseType"), xpath(xml, "msgType"), xpath(xml, "status")))
                .containsExactly(urgency, severity, certainty, response, "Alert", "Exercise");
        assertThat(xpath(xml, "eventCode/value")).isEqualTo(Integer.toString(level));
    }

    @Test
    void write_update_referencesTheSupersededAlert() throws Exception {
        CrisisAlert first = alert("CA-1", AlertLevel.RESTRICTION, Optional.empty(), false);
        CrisisAlert update = alert("CA-2", AlertLevel.EVACUATION, Optional.of("CA-1"), false);
        String xml = WRITER.write(update, Optional.of(first));
        validate(xml);
        assertThat(xpath(xml, "msgType")).isEqualTo("Update");
        assertThat(xpath(xml, "references"))
                .isEqualTo("host.example,https://host.example/id/crisis-alert/CA-1,2026-03-01T08:00:00+00:00");
        assertThat(xpath(xml, "sent")).isEqualTo("2026-03-01T08:10:00+00:00");
    }

    @Test
    void write_withdrawal_isCancelWithAllClear_andPolygonAndGeocode() throws Exception {
        var ring = List.of(new GeoPoint(18.5, -72.4), new GeoPoint(18.6, -72.2), new GeoPoint(18.4, -72.1),
                new GeoPoint(18.5, -72.4));
        CrisisAlert withdrawal = new CrisisAlert("CA-3", "host.example", AreaCode.of("HT-OU"), ring,
                AlertLevel.EVACUATION, "All clear <after> A&B checks.", T0, T0.plus(Duration.ofDays(1)),
                Optional.of("CA-1"), true);
        String xml = WRITER.write(withdrawal, Optional.empty());
        validate(xml);
        assertThat(xpath(xml, "msgType")).isEqualTo("Cancel");
        assertThat(xpath(xml, "responseType")).isEqualTo("AllClear");
        assertThat(xpath(xml, "area/polygon")).isEqualTo("18.5,-72.4 18.6,-72.2 18.4,-72.1 18.5,-72.4");
        assertThat(xpath(xml, "area/geocode/valueName")).isEqualTo("ISO 3166-2");
        assertThat(xpath(xml, "description")).isEqualTo("All clear <after> A&B checks.");
    }

    @Test
    void schema_refusesWhatCapForbids_soTheValidationAboveIsReal() {
        String xml = WRITER.write(alert("CA-1", AlertLevel.EVACUATION, Optional.empty(), false), Optional.empty());
        String utcZ = xml.replace("2026-03-01T08:00:00+00:00", "2026-03-01T08:00:00Z");
        assertThatThrownBy(() -> validate(utcZ)).isInstanceOf(SAXException.class);
        String badSeverity = xml.replace("<severity>Extreme</severity>", "<severity>Catastrophic</severity>");
        assertThatThrownBy(() -> validate(badSeverity)).isInstanceOf(SAXException.class);
    }

    private static CrisisAlert alert(String id, AlertLevel level, Optional<String> supersedes, boolean withdrawn) {
        Instant issued = supersedes.isPresent() ? T0.plusSeconds(600) : T0;
        return new CrisisAlert(id, "host.example", AreaCode.of("HT"), List.of(), level, "Earthquake.", issued,
                T0.plus(Duration.ofDays(14)), supersedes, withdrawn);
    }

    private static void validate(String xml) throws Exception {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static String xpath(String xml, String path) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        String expression = "/*[local-name()='alert']//" + String.join("/", java.util.Arrays.stream(path.split("/"))
                .map(p -> "*[local-name()='" + p + "']").toList());
        return XPathFactory.newInstance().newXPath().evaluate(expression, doc);
    }
}
