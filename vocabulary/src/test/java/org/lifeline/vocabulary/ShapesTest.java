// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShapesTest {
    private final Shapes shapes = Shapes.lifeline();

    static Stream<Path> validExamples() {
        return Examples.list(Examples.VALID, ".ttl").stream();
    }

    static Stream<Path> badExamples() {
        return Examples.list(Examples.BAD, ".ttl").stream();
    }

    @Nested
    class ExampleFiles {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.lifeline.vocabulary.ShapesTest#validExamples")
        void validate_validExample_conforms(Path file) {
            ValidationResult result = shapes.validate(Examples.turtle(file));

            assertThat(result.violations()).as(file.getFileName().toString()).isEmpty();
            assertThat(result.conforms()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.lifeline.vocabulary.ShapesTest#badExamples")
        void validate_badExample_failsWithItsExpectedMessageOnItsField(Path file) {
            Expectation expected = Expectation.of(Examples.text(file));

            ValidationResult result = shapes.validate(Examples.turtle(file));

            assertThat(result.conforms()).isFalse();
            assertThat(result.violations()).as("each bad example has exactly one defect").singleElement()
                    .satisfies(v -> {
                        assertThat(v.message()).contains(expected.message());
                        assertThat(v.field()).isEqualTo(expected.field());
                        assertThat(v.focus()).isEqualTo(expected.focus());
                    });
        }

        @Test
        void examples_coverEveryRecordClass() {
            Stream<String> typesUsed = validExamples().map(Examples::turtle)
                    .flatMap(g -> G.find(g, null, NodeFactory.createURI(Namespaces.RDF + "type"), null).toList().stream())
                    .map(t -> t.getObject().getURI());

            assertThat(typesUsed.distinct()).contains(LL.Person, LL.PersonReport, LL.ConsularRegistration,
                    LL.EvacuationRequest, LL.EvacuationOffer, LL.CrisisAlert, LL.ConsentRecord, LL.SharingAgreement,
                    LL.Organisation, LL.Node, LL.Place, LL.IdentityDocument, LL.Contact);
        }
    }

    @Nested
    class Violations {
        private static final String PERSON = "https://host.example/id/person/P-9";

        @Test
        void validate_blankNodeFocus_isRenderedAsBlankNodeLabel() {
            Graph data = person(List.of(triple(PERSON, LL.givenName, literal("Ana"))));
            Node place = NodeFactory.createBlankNode("p1");
            data.add(Triple.create(uri(PERSON), uri(LL.placeOfStay), place));
            data.add(Triple.create(place, uri(LL.country), literal("Haiti")));

            Violation violation = shapes.validate(data).violations().getFirst();

            assertThat(violation.focus()).startsWith("_:");
            assertThat(violation.field()).contains("country");
            assertThat(violation.value()).contains("Haiti");
            assertThat(violation.constraint()).isEqualTo("PatternConstraintComponent");
        }

        @Test
        void violation_toString_leavesOutTheOffendingValue() {
            Graph data = person(List.of(triple(PERSON, LL.givenName, literal("Ana")),
                    triple(PERSON, LL.email, literal("ana.secret.address"))));

            Violation violation = shapes.validate(data).violations().getFirst();

            assertThat(violation.value()).contains("ana.secret.address");
            assertThat(violation.toString()).doesNotContain("ana.secret.address").contains("email");
        }

        @Test
        void validate_personWithoutMigrationStatus_conforms() {
            // R33: a short form with a name only is a complete person; no status field is ever required.
            Graph data = person(List.of(triple(PERSON, LL.nameVariant, literal("Ana"))));

            assertThat(shapes.validate(data).conforms()).isTrue();
        }

        @Test
        void shapes_everyPropertyShapeHasItsOwnMessage() {
            // Every property shape states its own sh:message, so Jena's default messages (which quote values) never
            // reach the importer's report or a log.
            Graph shapesGraph = Vocabulary.shapesGraph();
            List<Node> propertyShapes = G.find(shapesGraph, null, SHACL.property, null).mapWith(Triple::getObject)
                    .toList();

            assertThat(propertyShapes).isNotEmpty().allSatisfy(shape ->
                    assertThat(G.hasProperty(shapesGraph, shape, SHACL.message)).as("sh:message on %s", shape).isTrue());
        }

        private static Graph person(List<Triple> triples) {
            Graph data = GraphFactory.createDefaultGraph();
            data.add(triple(PERSON, Namespaces.RDF + "type", uri(LL.Person)));
            data.add(triple(PERSON, LL.recordId, literal("P-9")));
            triples.forEach(data::add);
            return data;
        }
    }

    static Triple triple(String s, String p, Node o) {
        return Triple.create(uri(s), uri(p), o);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node literal(String lexical) {
        return NodeFactory.createLiteralString(lexical);
    }

    /** The {@code # expect:}, {@code # field:} and {@code # focus:} header lines of a bad example. */
    record Expectation(String message, Optional<String> field, String focus) {
        static Expectation of(String text) {
            String field = header(text, "field");
            return new Expectation(header(text, "expect"), field.equals("-") ? Optional.empty() : Optional.of(field),
                    header(text, "focus"));
        }

        private static String header(String text, String key) {
            String prefix = "# " + key + ":";
            return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("bad example lacks " + prefix));
        }
    }
}
