// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.DemoData;
import org.lifeline.node.demo.FederationSetup;
import org.lifeline.node.demo.FederationSetup.NodeSpec;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.demo.OperatorApi;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.federation.client.PeerClient;
import org.lifeline.node.federation.envelope.Limits;
import org.lifeline.node.federation.envelope.ResponseVerifier;
import org.lifeline.node.keys.NodeIdentity;

/**
 * Issue 5's federation tests: five real node processes (origin, host, io, origin-b, enforcement) with their own keys,
 * stores and ports, one signed trust list, signed queries over mutual TLS on loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class FederationProtocolTest {
    static final String CONSULAR = "https://w3id.org/lifeline/demo/agreement/origin-host-consular";
    static final String STORY_QUERY = "{\"names\":[\"Мухаммед Алиев\"],\"birthDate\":\"1990\"}";
    static final List<NodeSpec> SPECS = List.of(
            new NodeSpec("origin", "Ministry of Foreign Affairs of A", Set.of("XA"), Set.of("consular-services")),
            new NodeSpec("host", "Civil Protection Authority of H", Set.of("XH"), Set.of("civil-protection")),
            new NodeSpec("io", "International tracing service", Set.of(), Set.of("humanitarian-tracing", "evacuation-coordination")),
            new NodeSpec("origin-b", "Ministry of Foreign Affairs of B", Set.of("XB"), Set.of("consular-services")),
            new NodeSpec("enforcement", "Immigration Enforcement of H", Set.of("XH"), Set.of("immigration-enforcement")));

    Path base;
    Map<String, NodeSettings> nodes = new LinkedHashMap<>();
    LocalFederation federation;

    @BeforeAll
    void start() throws Exception {
        base = Files.createTempDirectory("lifeline-protocol-");
        Map<String, Path> folders = new LinkedHashMap<>();
        for (NodeSettings s : FederationSetup.create(base, SPECS)) {
            nodes.put(s.nodeId(), s);
            DemoData.load(s, s.nodeId().substring(0, 1) + s.nodeId().length(), s.nodeId().equals("host") ? 400 : 40,
                    s.nodeId().equals("host"));
            folders.put(s.nodeId(), s.dataDir());
        }
        federation = LocalFederation.start(folders, Duration.ofSeconds(180));
    }

    @AfterAll
    void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    Map<String, Object> ask(String node, String kind, Map<String, Object> body) throws Exception {
        return new OperatorApi(federation.node(node).url()).post("/api/federation/" + kind, body);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> hits(Map<String, Object> result) {
        return (List<Map<String, Object>>) result.get("hits");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(Map<String, Object> hit) {
        return (Map<String, Object>) ((Map<String, Object>) hit.get("record")).get("fields");
    }

    /** A find-person request for the story person under the consular agreement, signed by {@code signer}. */
    static String storyRequest(NodeIdentity signer, String iss, String aud, Instant iat, String role) {
        return Peers.sign(signer, Peers.request(iss, aud, iat, "family-tracing", CONSULAR, role, "find-person", STORY_QUERY));
    }

    @Nested
    @Order(1)
    class Queries {
        @Test
        void origin_findsItsNationalAtHost_withoutTheFieldHisConsentKeepsBack() throws Exception {
            var r = ask("origin", "find-person", Map.of("names", List.of("Мухаммед Алиев"), "birthDate", "1990",
                    "purpose", "family-tracing", "legalBasis", "consent"));
            assertThat(r.get("answered").toString()).contains("host");
            var hit = hits(r).stream().filter(h -> h.get("peer").equals("host")).findFirst().orElseThrow();
            assertThat(fields(hit)).containsKeys("givenName", "familyName", "placeOfStay").doesNotContainKey("telephone");
            assertThat(hit.get("decisions").toString()).contains("telephone").contains("consent.field-not-covered");
            assertThat(fields(hit).get("placeOfStay").toString()).contains("XH-3").doesNotContain("Port Nord");
        }

        @Test
        void withheldValues_areNotOnTheWire() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String request = storyRequest(origin, "origin", "host", Instant.now(), "consular-services");
            String response = Peers.client(origin, nodes.get("host")).send(Peers.endpoint(nodes.get("host")), request);
            String payload = new String(Base64.getUrlDecoder().decode(response.split("\\.")[1]), StandardCharsets.UTF_8);
            assertThat(payload).contains("Muhammad").doesNotContain("+9990001111").doesNotContain("Port Nord");
        }

        @Test
        void enforcementRole_getsNothing_whateverItAsks() throws Exception {
            var r = ask("enforcement", "find-person", Map.of("names", List.of("Мухаммед Алиев"),
                    "purpose", "family-tracing", "legalBasis", "consent", "agreement", CONSULAR));
            assertThat(r.get("answered").toString()).as("host answered, and released nothing").contains("host");
            assertThat(hits(r)).isEmpty();
        }

        @Test
        void refugeesFromB_neverReachB_whileBsOtherConsentedNationalsDo() throws Exception {
            var r = ask("origin-b", "find-registrations", Map.of("nationality", "XB", "purpose", "consular-assistance",
                    "legalBasis", "consent"));
            List<String> lines = Files.readAllLines(nodes.get("host").dataDir().resolve("sample-host.csv"));
            Set<String> refugeesFromB = lines.stream().filter(l -> l.contains(",XB,") && l.contains(",refugee,"))
                    .map(l -> l.substring(0, l.indexOf(','))).collect(java.util.stream.Collectors.toSet());
            assertThat(refugeesFromB).as("host holds refugees from B").isNotEmpty();
            List<String> released = hits(r).stream().map(h -> String.valueOf(((Map<?, ?>) h.get("record")).get("recordId"))).toList();
            assertThat(released).as("B's consented nationals who are not refugees").isNotEmpty();
            assertThat(released).doesNotContainAnyElementsOf(refugeesFromB);
        }
    }

    @Nested
    @Order(2)
    class Rejections {
        String refusal(NodeIdentity tls, String requestJws) throws Exception {
            PeerClient client = Peers.client(tls, nodes.get("host"));
            try {
                client.send(Peers.endpoint(nodes.get("host")), requestJws);
                return "accepted";
            } catch (PeerClient.PeerFailure e) {
                return e.getMessage();
            }
        }

        @Test
        void forgedSignature_isRefused() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            NodeIdentity forger = NodeIdentity.generate("origin", Instant.now(), Duration.ofDays(1), new SecureRandom());
            String forged = storyRequest(forger, "origin", "host", Instant.now(), "consular-services");
            assertThat(refusal(origin, forged)).contains("HTTP 401").contains("bad-signature");
        }

        @Test
        void wrongAudience_isRefused() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String toIo = storyRequest(origin, "origin", "io", Instant.now(), "consular-services");
            assertThat(refusal(origin, toIo)).contains("wrong-audience");
        }

        @Test
        void expiredRequest_isRefused() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String old = storyRequest(origin, "origin", "host", Instant.now().minus(Duration.ofMinutes(10)), "consular-services");
            assertThat(refusal(origin, old)).contains("expired");
        }

        @Test
        void replayedRequest_isRefusedTheSecondTime() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String once = storyRequest(origin, "origin", "host", Instant.now(), "consular-services");
            assertThat(refusal(origin, once)).isEqualTo("accepted");
            assertThat(refusal(origin, once)).contains("HTTP 409").contains("replayed");
        }

        @Test
        void roleTheTrustListDoesNotGrant_isRefused() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String asTracer = storyRequest(origin, "origin", "host", Instant.now(), "humanitarian-tracing");
            assertThat(refusal(origin, asTracer)).contains("role-not-allowed");
        }

        @Test
        void unknownPeer_cannotEvenCompleteTheTlsHandshake() throws Exception {
            NodeIdentity stranger = NodeIdentity.generate("stranger", Instant.now(), Duration.ofDays(1), new SecureRandom());
            String request = storyRequest(stranger, "stranger", "host", Instant.now(), "consular-services");
            assertThat(refusal(stranger, request)).doesNotContain("accepted").doesNotStartWith("HTTP 200");
        }

        @Test
        void signedAsAnotherMember_overOwnCertificate_isRefused() throws Exception {
            NodeIdentity io = Peers.identity(nodes.get("io"));
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String request = storyRequest(origin, "origin", "host", Instant.now(), "consular-services");
            assertThat(refusal(io, request)).contains("tls-peer-mismatch");
        }

        @Test
        void tamperedResponse_failsVerificationAtTheRequester() throws Exception {
            NodeIdentity origin = Peers.identity(nodes.get("origin"));
            String request = storyRequest(origin, "origin", "host", Instant.now(), "consular-services");
            String response = Peers.client(origin, nodes.get("host")).send(Peers.endpoint(nodes.get("host")), request);
            String[] parts = response.split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("Muhammad", "Muhammadou");
            String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
            var verifier = new ResponseVerifier("origin", () -> TrustLists.current(nodes.get("origin")), Clock.systemUTC(),
                    Limits.DEFAULT);
            assertThat(verifier.verify(response, request).isAccepted()).isTrue();
            assertThat(verifier.verify(tampered, request)).isInstanceOf(Verdict.Rejected.class);
            assertThat(verifier.verify(response, storyRequest(origin, "origin", "host", Instant.now(), "consular-services")))
                    .as("a genuine response bound to another request").isInstanceOf(Verdict.Rejected.class);
        }
    }

    @Nested
    @Order(3)
    class Revocation {
        @Test
        void revokedMember_isRefusedOnceTheNewListIsInstalled() throws Exception {
            var before = ask("origin-b", "find-registrations", Map.of("nationality", "XB", "purpose", "consular-assistance",
                    "legalBasis", "consent"));
            assertThat(before.get("answered").toString()).contains("host");

            var issuer = org.lifeline.node.keys.KeyFiles.read(base.resolve("federation-issuer"));
            var revoked = TrustLists.current(nodes.get("host")).revoke("origin-b", Instant.now());
            FederationSetup.install(nodes.get("host"), org.lifeline.node.federation.TrustAnchor.read(
                    nodes.get("host").federationDir().resolve("issuer.json")),
                    org.lifeline.node.federation.TrustListSigner.sign(revoked, issuer));

            var after = ask("origin-b", "find-registrations", Map.of("nationality", "XB", "purpose", "consular-assistance",
                    "legalBasis", "consent"));
            assertThat(after.get("failed").toString()).contains("host");
            assertThat(hits(after)).isEmpty();
        }
    }

    /** Last: it kills a node. */
    @Nested
    @Order(4)
    class Partial {
        @Test
        void deadPeer_isNamed_andTheOthersAnswerByTheDeadline() throws Exception {
            federation.kill("origin");
            Instant started = Instant.now();
            var r = ask("io", "find-person", Map.of("names", List.of("Мухаммед Алиев"), "purpose", "family-tracing",
                    "legalBasis", "consent", "deadlineMs", 5000));
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(30));
            assertThat(r.get("answered").toString()).contains("host");
            assertThat(r.get("failed").toString()).contains("origin");
        }
    }
}
