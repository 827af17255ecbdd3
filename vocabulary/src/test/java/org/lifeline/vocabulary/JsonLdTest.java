// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLdTest {
    static Stream<Path> jsonLdExamples() {
        return Examples.list(Examples.VALID, ".jsonld").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLdExamples")
    void parse_compactExample_givesTheSameGraphAsItsTurtleTwin(Path jsonFile) {
        Path turtleFile = jsonFile.resolveSibling(jsonFile.getFileName().toString().replace(".jsonld", ".ttl"));

        Graph fromJson = JsonLd.parse(Examples.text(jsonFile), "https://example.invalid/");
        Graph fromTurtle = Examples.turtle(turtleFile);

        assertThat(fromJson.size()).isEqualTo(fromTurtle.size());
        assertThat(IsoMatcher.isomorphic(fromJson, fromTurtle)).as(jsonFile.getFileName().toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLdExamples")
    void parse_compactExample_conformsToTheShapes(Path jsonFile) {
        Graph graph = JsonLd.parse(Examples.text(jsonFile), "https://example.invalid/");

        assertThat(Shapes.lifeline().validate(graph).violations()).isEmpty();
    }

    @Test
    void parse_relativeIds_resolveAgainstTheGivenBase() {
        String json = """
                {"@context": "https://w3id.org/lifeline/context.jsonld",
                 "id": "", "type": "Organisation", "recordId": "mfa", "name": "Ministry"}""";

        Graph graph = JsonLd.parse(json, "https://origin.example/id/organisation/mfa");

        assertThat(graph.find().toList()).allSatisfy(t ->
                assertThat(t.getSubject().getURI()).isEqualTo("https://origin.example/id/organisation/mfa"));
    }

    @Test
    void parse_documentNamingAnotherRemoteContext_failsWithoutFetchingIt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"name\": \"https://attacker.example/name\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
            String json = "{\"@context\": \"" + remote + "\", \"@id\": \"https://x.example/1\", \"name\": \"n\"}";

            assertThatThrownBy(() -> JsonLd.parse(json, "https://x.example/")).isInstanceOf(RiotException.class);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void context_mapsEveryTermOfLLToItself() {
        Map<Boolean, List<String>> byKind = OntologyTest.llTerms()
                .collect(Collectors.partitioningBy(iri -> Character.isUpperCase(iri.charAt(LL.NS.length()))));
        String types = byKind.get(true).stream().map(JsonLdTest::key).collect(Collectors.joining("\", \"", "[\"", "\"]"));
        String properties = byKind.get(false).stream().map(iri -> "\"" + key(iri) + "\": {\"@value\": \"x\", \"@type\": \"xsd:string\"}")
                .collect(Collectors.joining(", "));
        String json = "{\"@context\": \"" + Vocabulary.CONTEXT_IRI + "\", \"@id\": \"https://x.example/1\", "
                + "\"type\": " + types + ", " + properties + "}";

        Graph graph = JsonLd.parse(json, "https://x.example/");

        assertThat(graph.find().mapWith(t -> t.getPredicate().getURI()).toSet()).containsAll(byKind.get(false));
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet())
                .containsExactlyInAnyOrderElementsOf(byKind.get(true));
    }

    private static String key(String iri) {
        return iri.substring(LL.NS.length());
    }
}
