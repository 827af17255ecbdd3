// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.lifeline.consent.model.Concept;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.vocabulary.LL;

/**
 * Typed reads from one parsed policy file that never throw: each fault is recorded as a {@link PolicyProblem} naming
 * the file and the term, and the read yields empty so that loading goes on and reports every fault at once.
 */
final class TermReader {
    private final String file;
    private final List<PolicyProblem> problems = new ArrayList<>();

    TermReader(String file) {
        this.file = file;
    }

    List<PolicyProblem> problems() {
        return List.copyOf(problems);
    }

    /** Problems so far; a reader compares counts to skip building a term that already has one. */
    int count() {
        return problems.size();
    }

    void problem(Resource subject, String message) {
        problems.add(new PolicyProblem(file, label(subject), message));
    }

    void problem(Resource subject, Property property, String message) {
        problems.add(new PolicyProblem(file, label(subject) + " " + label(property), message));
    }

    static String label(RDFNode node) {
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return iri.startsWith(LL.NS) ? "ll:" + iri.substring(LL.NS.length()) : "<" + iri + ">";
        }
        if (node.isAnon()) {
            return "_:" + node.asResource().getId().getLabelString();
        }
        return "\"" + node.asLiteral().getLexicalForm() + "\"";
    }

    List<RDFNode> objects(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(s -> s.getObject()).toList();
    }

    Optional<RDFNode> single(Resource subject, Property property, boolean required) {
        List<RDFNode> objects = objects(subject, property);
        if (objects.size() > 1) {
            problem(subject, property, "has " + objects.size() + " values, expected one");
        } else if (objects.isEmpty() && required) {
            problem(subject, property, "is required");
        }
        return objects.size() == 1 ? Optional.of(objects.getFirst()) : Optional.empty();
    }

    /** An xsd:dateTime with a time zone, or an xsd:date taken as the start of that day in UTC. */
    Optional<Instant> instant(Resource subject, Property property, boolean required) {
        return single(subject, property, required).flatMap(node -> {
            if (!node.isLiteral()) {
                problem(subject, property, "needs an xsd:dateTime literal, not " + label(node));
                return Optional.empty();
            }
            return parseInstant(subject, property, node.asLiteral());
        });
    }

    private Optional<Instant> parseInstant(Resource subject, Property property, Literal literal) {
        try {
            if (XSDDatatype.XSDdate.getURI().equals(literal.getDatatypeURI())) {
                return Optional.of(LocalDate.parse(literal.getLexicalForm()).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (XSDDatatype.XSDdateTime.getURI().equals(literal.getDatatypeURI())) {
                return Optional.of(OffsetDateTime.parse(literal.getLexicalForm()).toInstant());
            }
            problem(subject, property, "needs xsd:dateTime (with time zone) or xsd:date, not " + label(literal));
        } catch (DateTimeParseException e) {
            problem(subject, property, "is not a date-time with time zone: " + label(literal));
        }
        return Optional.empty();
    }

    Optional<Integer> integer(Resource subject, Property property) {
        return single(subject, property, true).flatMap(node -> {
            if (node.isLiteral() && node.asLiteral().getValue() instanceof Number n && n.intValue() == n.doubleValue()) {
                return Optional.of(n.intValue());
            }
            problem(subject, property, "needs an integer, not " + label(node));
            return Optional.empty();
        });
    }

    /** A node id or similar key: an IRI or a plain literal, as text. */
    Optional<String> key(Resource subject, Property property, boolean required) {
        return single(subject, property, required).map(TermReader::keyOf);
    }

    Set<String> keys(Resource subject, Property property) {
        Set<String> out = new LinkedHashSet<>();
        objects(subject, property).forEach(node -> out.add(keyOf(node)));
        return out;
    }

    private static String keyOf(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : label(node).replaceAll("^<|>$", "");
    }

    <E extends Enum<E> & Concept> Set<E> concepts(Resource subject, Property property, Class<E> type) {
        Set<E> out = new LinkedHashSet<>();
        for (RDFNode node : objects(subject, property)) {
            concept(subject, property, node, type).ifPresent(out::add);
        }
        return out;
    }

    <E extends Enum<E> & Concept> Optional<E> concept(Resource subject, Property property, RDFNode node, Class<E> type) {
        Optional<E> value = node.isURIResource() ? Concept.parse(type, node.asResource().getURI()) : Optional.empty();
        if (value.isEmpty()) {
            problem(subject, property, "unknown " + type.getSimpleName() + " " + label(node));
        }
        return value;
    }

    /** Fields are {@code ll:} properties the engine knows, named by IRI. */
    Optional<String> field(Resource subject, Property property, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(LL.NS)) {
            String name = node.asResource().getURI().substring(LL.NS.length());
            if (FieldCatalogue.isKnown(name)) {
                return Optional.of(name);
            }
        }
        problem(subject, property, "unknown field " + label(node));
        return Optional.empty();
    }

    Set<String> fields(Resource subject, Property property) {
        Set<String> out = new LinkedHashSet<>();
        objects(subject, property).forEach(node -> field(subject, property, node).ifPresent(out::add));
        return out;
    }

    /** Runs a validating constructor; its complaint becomes a problem on {@code subject}. */
    <T> Optional<T> build(Resource subject, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            problem(subject, e.getMessage());
            return Optional.empty();
        }
    }
}
