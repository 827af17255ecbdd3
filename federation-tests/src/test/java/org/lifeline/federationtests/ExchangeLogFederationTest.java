// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.cli.LifelineCommand;
import org.lifeline.node.demo.DemoData;
import org.lifeline.node.demo.FederationSetup;
import org.lifeline.node.demo.FederationSetup.NodeSpec;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.demo.OperatorApi;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.InclusionProof;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.server.https.PeerHttpsServer;
import org.lifeline.node.federation.transparency.LogJson;
import org.lifeline.node.federation.transparency.ReceiptCheck;
import org.lifeline.node.keys.LogKeys;

/**
 * Issue 6 end to end: three real nodes ask each other over mTLS; every exchange is in both nodes' logs, every
 * requester holds a verifying receipt per exchange, every node's latest checkpoint carries the other two nodes'
 * cosignatures, and the audit export of a stopped node verifies offline (and fails once a byte is flipped).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeLogFederationTest {
    static final List<NodeSpec> SPECS = List.of(
            new NodeSpec("origin", "Ministry of Foreign Affairs of A", Set.of("XA"), Set.of("consular-services")),
            new NodeSpec("host", "Civil Protection Authority of H", Set.of("XH"),
                    Set.of("civil-protection", "humanitarian-tracing")),
            new NodeSpec("io", "International tracing service", Set.of(), Set.of("humanitarian-tracing")));
    static final List<String> NODES = List.of("origin", "host", "io");

    Path base;
    final Map<String, NodeSettings> nodes = new LinkedHashMap<>();
    LocalFederation federation;

    @BeforeAll
    void start() throws Exception {
        base = Files.createTempDirectory("lifeline-exchange-log-");
        Map<String, Path> folders = new LinkedHashMap<>();
        for (NodeSettings s : FederationSetup.create(base, SPECS)) {
            nodes.put(s.nodeId(), s);
            DemoData.load(s, s.nodeId().substring(0, 1), 30, s.nodeId().equals("host"));
            folders.put(s.nodeId(), s.dataDir());
        }
        federation = LocalFederation.start(folders, Duration.ofSeconds(120),
                Map.of("lifeline.federation.witness-interval", "PT1S"));
        ask("origin", "consular-services");
        ask("origin", "consular-services");
        ask("io", "humanitarian-tracing");
        ask("host", "humanitarian-tracing");
        ask("io", "humanitarian-tracing");
    }

    @AfterAll
    void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    void ask(String node, String role) throws Exception {
        Map<String, Object> r = api(node).post("/api/federation/find-person", Map.of("names", List.of("Mukhammed Aliev"),
                "purpose", "family-tracing", "legalBasis", "consent", "role", role));
        assertThat((Map<?, ?>) r.get("failed")).as(node + " asking: " + r.get("failed")).isEmpty();
        assertThat((List<?>) r.get("answered")).isNotEmpty();
    }

    OperatorApi api(String node) {
        return new OperatorApi(federation.node(node).url());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries(String node) throws Exception {
        return (List<Map<String, Object>>) api(node).get("/api/exchange-log/entries?limit=1000").get("entries");
    }

    /** direction|this node|peer|request hash|response hash, seen from the asking side. */
    static String exchange(String asker, String answerer, Map<String, Object> e) {
        return asker + ">" + answerer + "|" + e.get("requestHash") + "|" + e.get("responseHash");
    }

    @Test
    @Order(1)
    void everyExchange_isInTheLogsOfBothSides() throws Exception {
        Set<String> asked = new HashSet<>();
        Set<String> answered = new HashSet<>();
        for (String node : NODES) {
            for (Map<String, Object> e : entries(node)) {
                String peer = (String) e.get("peer");
                if (e.get("direction").equals("OUT")) {
                    asked.add(exchange(node, peer, e));
                } else {
                    answered.add(exchange(peer, node, e));
                }
            }
        }
        assertThat(asked).as("origin>host twice, io>host and io>origin twice, host>origin and host>io").hasSize(8);
        assertThat(answered).isEqualTo(asked);
    }

    @Test
    @Order(2)
    void everyRequester_holdsAVerifyingReceiptPerExchange() throws Exception {
        for (String node : NODES) {
            List<Map<String, Object>> out = entries(node).stream().filter(e -> e.get("direction").equals("OUT")).toList();
            List<Path> receipts;
            try (Stream<Path> s = Files.list(nodes.get(node).dataDir().resolve("receipts"))) {
                receipts = s.toList();
            }
            assertThat(receipts).as(node).hasSize(out.size());
            for (Path file : receipts) {
                var receipt = LogJson.parseReceipt(Files.readString(file, StandardCharsets.UTF_8)).orThrow();
                String peer = file.getFileName().toString().replaceAll("-\\d+-[0-9a-f]{16}\\.json$", "");
                Map<String, Object> mine = out.stream().filter(e -> e.get("peer").equals(peer)
                        && e.get("responseHash").equals(receipt.entry().responseHash().hex())).findFirst().orElseThrow();
                assertThat(ReceiptCheck.verify(receipt, node, member(peer),
                        hash(mine.get("requestHash")), hash(mine.get("responseHash"))).ok()).as(file.toString()).isTrue();
            }
        }
    }

    @Test
    @Order(3)
    void inclusionProofs_areServedToPeersOverMutualTls() throws Exception {
        var client = Peers.client(Peers.identity(nodes.get("origin")), nodes.get("host"));
        String json = client.get(Peers.endpoint(nodes.get("host")), PeerHttpsServer.INCLUSION_PATH + "?index=0&size=2");
        InclusionProof proof = LogJson.parseInclusion(json).orThrow();

        assertThat(proof.leafIndex()).isZero();
        assertThat(proof.treeSize()).isEqualTo(2);
        assertThat(proof.path()).hasSize(1);
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void everyNode_publishesItsLatestCheckpointCosignedByTheOtherTwo() throws Exception {
        for (String node : NODES) {
            List<String> others = NODES.stream().filter(n -> !n.equals(node)).map(LogKeys::origin).toList();
            await(node).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Object> log = api(node).get("/api/exchange-log");
                assertThat(log.get("checkpointSize")).isEqualTo(log.get("size"));
                assertThat((List<Object>) log.get("cosignedBy")).containsExactlyInAnyOrderElementsOf(others);
            });
        }
        for (String node : NODES) {
            assertThat((List<?>) api(node).get("/api/exchange-log/alerts").get("alerts")).isEmpty();
        }
    }

    @Test
    @Order(5)
    void auditExportOfAStoppedNode_verifiesOffline_andFailsWithAFlippedByte() throws Exception {
        federation.stop("host");
        Path export = base.resolve("host-export");
        Path federationDir = nodes.get("host").federationDir();
        assertThat(lifeline("audit", "export", "--dir", nodes.get("host").dataDir().toString(), "--out",
                export.toString()).exit()).isZero();
        List<String> verify = List.of("audit", "verify", export.toString(), "--trust-list",
                federationDir.resolve("trust-list.jws").toString(), "--anchor", federationDir.resolve("issuer.json").toString());

        Run ok = lifeline(verify.toArray(String[]::new));
        assertThat(ok.out()).contains("RESULT: PASS").contains("witness.lifeline/origin").contains("witness.lifeline/io");
        assertThat(ok.exit()).isZero();

        byte[] entries = Files.readAllBytes(export.resolve("entries.bin"));
        entries[entries.length / 2] ^= 0x01;
        Files.write(export.resolve("entries.bin"), entries);
        Run tampered = lifeline(verify.toArray(String[]::new));
        assertThat(tampered.out()).contains("RESULT: FAIL").contains("FAIL  manifest.file-hashes");
        assertThat(tampered.exit()).isNotZero();
    }

    record Run(int exit, String out) {
    }

    static Run lifeline(String... args) {
        var out = new StringWriter();
        var cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return new Run(cl.execute(args), out.toString());
    }

    /** The member as the trust list publishes it: its key pair was made with the node, the list names that key. */
    Member member(String node) throws Exception {
        return Member.of(Peers.identity(nodes.get(node)), node, Set.of(), Set.of("civil-protection"),
                nodes.get(node).peerEndpoint(), Instant.now().minusSeconds(3600), Instant.now().plusSeconds(3600));
    }

    static Hash hash(Object hex) {
        return new Hash(HexFormat.of().parseHex((String) hex));
    }
}
