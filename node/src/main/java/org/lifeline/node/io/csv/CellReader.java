// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io.csv;

import java.lang.Character.UnicodeScript;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Turns one CSV cell into RDF terms per its column's kind, or explains why it cannot. Messages name the expected form
 * and never repeat the cell's content (it may be personal data).
 */
final class CellReader {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ADMIN1 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern TAGGED = Pattern.compile("(.+)@([a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Map<String, String> SEXES = Map.of("female", "female", "f", "female", "male", "male", "m", "male",
            "other", "other", "x", "other", "unknown", "unknown", "u", "unknown");
    private static final Map<UnicodeScript, String> SCRIPT_TAGS = Map.of(UnicodeScript.LATIN, "und-Latn",
            UnicodeScript.CYRILLIC, "und-Cyrl", UnicodeScript.ARABIC, "und-Arab", UnicodeScript.GREEK, "und-Grek",
            UnicodeScript.HAN, "und-Hani", UnicodeScript.DEVANAGARI, "und-Deva");
    static final int MAX_TEXT = 1000;

    /** Cell value as terms; throws {@link BadCell} with a reason when it does not fit the column. */
    static List<Node> read(CsvColumn column, String cell) throws BadCell {
        String v = cell.strip();
        if (v.length() > MAX_TEXT) {
            throw new BadCell("longer than " + MAX_TEXT + " characters");
        }
        return switch (column.kind.name()) {
            case "text", "name" -> List.of(NodeFactory.createLiteralString(v));
            case "text-list" -> split(v).stream().map(NodeFactory::createLiteralString).toList();
            case "name-variants" -> nameVariants(v);
            case "sex" -> List.of(sex(v));
            case "partial-date" -> List.of(partialDate(v));
            case "country" -> List.of(country(v));
            case "countries" -> mapAll(split(v), CellReader::country);
            case "languages" -> mapAll(split(v), CellReader::language);
            case "admin1" -> List.of(matching(ADMIN1, v.toUpperCase(Locale.ROOT), "an ISO 3166-2 code such as HT-OU"));
            case "concept" -> List.of(concept(column.kind.conceptBase(), v));
            default -> throw new IllegalStateException("unmapped column kind " + column.kind.name());
        };
    }

    /** Reads a date or date-time as an instant (dates are taken at 00:00 UTC). */
    static Instant instant(String cell) throws BadCell {
        String v = cell.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadCell("must be a date YYYY-MM-DD or a UTC date-time such as 2026-03-01T12:00:00Z");
        }
    }

    private static List<String> split(String v) {
        List<String> parts = new ArrayList<>();
        for (String p : v.split("\\|")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    private static List<Node> nameVariants(String v) throws BadCell {
        List<Node> nodes = new ArrayList<>();
        for (String part : split(v)) {
            var m = TAGGED.matcher(part);
            nodes.add(m.matches() ? NodeFactory.createLiteralLang(m.group(1).strip(), m.group(2))
                    : NodeFactory.createLiteralLang(part, scriptTag(part)));
        }
        return nodes;
    }

    /** Language tag naming only the script ("und-Cyrl"), from the first letter's Unicode script. */
    static String scriptTag(String text) {
        return text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst()
                .map(s -> SCRIPT_TAGS.getOrDefault(s, "und")).orElse("und");
    }

    private static Node sex(String v) throws BadCell {
        String s = SEXES.get(v.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new BadCell("must be one of female, male, other, unknown (or f, m, x, u)");
        }
        return NodeFactory.createLiteralString(s);
    }

    static Node partialDate(String v) throws BadCell {
        if (YEAR.matcher(v).matches()) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear);
        }
        if (YEAR_MONTH.matcher(v).matches()) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYearMonth);
        }
        try {
            if (v.length() == 10) {
                return NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
            }
            return NodeFactory.createLiteralDT(Instant.parse(v).toString(), XSDDatatype.XSDdateTime);
        } catch (DateTimeParseException e) {
            throw new BadCell("must be YYYY, YYYY-MM, YYYY-MM-DD or a UTC date-time");
        }
    }

    private static Node country(String v) throws BadCell {
        return matching(COUNTRY, v.toUpperCase(Locale.ROOT), "an ISO 3166-1 alpha-2 country code such as HT");
    }

    private static Node language(String v) throws BadCell {
        return matching(LANGUAGE, v, "a BCP 47 language tag such as ar or ru");
    }

    private static Node concept(String base, String v) throws BadCell {
        String slug = v.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (!SLUG.matcher(slug).matches()) {
            throw new BadCell("must be a term of " + base + " (lower-case words joined by '-')");
        }
        return NodeFactory.createURI(base + slug);
    }

    private static Node matching(Pattern pattern, String v, String expected) throws BadCell {
        if (!pattern.matcher(v).matches()) {
            throw new BadCell("must be " + expected);
        }
        return NodeFactory.createLiteralString(v);
    }

    private interface CellFunction {
        Node apply(String v) throws BadCell;
    }

    private static List<Node> mapAll(List<String> parts, CellFunction f) throws BadCell {
        List<Node> nodes = new ArrayList<>();
        for (String p : parts) {
            nodes.add(f.apply(p));
        }
        return nodes;
    }

    /** A cell that does not fit its column; the message says what was expected. */
    static final class BadCell extends Exception {
        BadCell(String reason) {
            super(reason, null, false, false);
        }
    }
}
