// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.exchangelog.Entries;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.SignedNote;
import org.lifeline.node.exchangelog.file.FileExchangeLog;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.server.LogService;
import org.lifeline.node.federation.server.PeerReply;
import org.lifeline.node.federation.server.https.PeerHttpsServer;
import org.lifeline.node.federation.transparency.Alerts;
import org.lifeline.node.federation.transparency.Checkpointer;
import org.lifeline.node.federation.transparency.CosignatureStore;
import org.lifeline.node.federation.transparency.WitnessStore;
import org.lifeline.node.keys.Ed25519NoteSigner;
import org.lifeline.node.keys.LogKeys;
import org.lifeline.node.keys.NodeIdentity;

/**
 * The witness against a peer's real log service in memory (no TLS): cosigning, proofs across growth, state kept
 * across restarts, and a forked log detected, refused and raised as an alert with the evidence.
 */
class WitnessTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final NodeIdentity host = NodeIdentity.generate("host", NOW, Duration.ofDays(1), new SecureRandom());
    final NodeIdentity origin = NodeIdentity.generate("origin", NOW, Duration.ofDays(1), new SecureRandom());
    final TrustList trust = TrustList.create("federation", NOW, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)))
            .add(member(host), NOW).add(member(origin), NOW);
    final Map<String, FileExchangeLog> open = new HashMap<>();
    HostLog hostLog;

    /** The host's log as its peer endpoint serves it; the witness's TLS certificate is origin's. */
    record HostLog(FileExchangeLog log, Checkpointer checkpointer, CosignatureStore cosignatures, LogService service)
            implements PeerLogs {
        @Override
        public String get(Member peer, String pathAndQuery) throws PeerClient.PeerFailure {
            String path = pathAndQuery.replaceAll("\\?.*", "");
            Map<String, String> q = new HashMap<>();
            if (pathAndQuery.contains("?")) {
                for (String p : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
                    q.put(p.split("=")[0], p.split("=")[1]);
                }
            }
            return body(switch (path) {
                case PeerHttpsServer.CHECKPOINT_PATH -> service.checkpoint();
                case PeerHttpsServer.CONSISTENCY_PATH -> service.consistency(q);
                default -> service.inclusion(q);
            });
        }

        @Override
        public void post(Member peer, String path, String body) throws PeerClient.PeerFailure {
            body(service.cosign(body, Optional.of(peer.tlsCertificates().iterator().next())));
        }

        static String body(PeerReply reply) throws PeerClient.PeerFailure {
            String text = new String(reply.body(), StandardCharsets.UTF_8);
            if (reply.status() != 200) {
                throw new PeerClient.PeerFailure("HTTP " + reply.status() + " " + text);
            }
            return text;
        }
    }

    static Member member(NodeIdentity id) {
        return Member.of(id, id.nodeId(), Set.of(), Set.of("civil-protection"), URI.create("https://127.0.0.1:1"),
                NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)));
    }

    @AfterEach
    void close() {
        open.values().forEach(FileExchangeLog::close);
    }

    HostLog hostLog(String folder, int entries) throws IOException {
        FileExchangeLog log = FileExchangeLog.open(dir.resolve(folder));
        open.put(folder, log);
        log.append(Entries.range(folder.hashCode(), entries));
        var checkpointer = new Checkpointer(log, Ed25519NoteSigner.log(host), clock);
        checkpointer.refresh();
        var cosignatures = CosignatureStore.open(dir.resolve(folder));
        return new HostLog(log, checkpointer, cosignatures, new LogService(log, checkpointer, cosignatures, () -> trust,
                clock));
    }

    // The witness's TLS identity is origin: post() presents origin's certificate, as the real endpoint would see it.
    Witness witness(PeerLogs peer) {
        PeerLogs asOrigin = new PeerLogs() {
            @Override
            public String get(Member m, String pathAndQuery) throws PeerClient.PeerFailure {
                return peer.get(m, pathAndQuery);
            }

            @Override
            public void post(Member m, String path, String body) throws PeerClient.PeerFailure {
                peer.post(member(origin), path, body);
            }
        };
        return new Witness("origin", () -> trust, asOrigin, Ed25519NoteSigner.witness(origin),
                new WitnessStore(dir.resolve("witness")), new Alerts(dir.resolve("alerts")), clock);
    }

    SignedCheckpoint published(HostLog h) {
        return h.cosignatures().withCosignatures(h.checkpointer().latest().orElseThrow());
    }

    boolean cosignedByOrigin(HostLog h) {
        return published(h).note().verifiedBy(LogKeys.witnessKey("origin", origin.publicKey()).verifier()).ok();
    }

    @Test
    void firstSighting_isCosigned_andTheLogPublishesTheCosignature() throws Exception {
        HostLog h = hostLog("host", 5);

        assertThat(witness(h).round()).containsEntry("host", "cosigned size 5");
        assertThat(cosignedByOrigin(h)).isTrue();
        assertThat(witness(h).round()).as("nothing new: no second cosignature posted")
                .containsEntry("host", "already cosigned size 5");
        assertThat(h.cosignatures().all()).hasSize(1);
    }

    @Test
    void grownLog_isCosignedAfterTheConsistencyProof_evenByAWitnessThatRestarted() throws Exception {
        HostLog h = hostLog("host", 5);
        witness(h).round();
        h.log().append(Entries.range(100, 9));
        h.checkpointer().refresh();

        assertThat(witness(h).round()).containsEntry("host", "cosigned size 14");
        assertThat(cosignedByOrigin(h)).isTrue();
        assertThat(Files.readString(dir.resolve("witness/host.note"))).contains("\n14\n");
    }

    @Test
    void forkedLog_isRefused_andRaisedWithBothSignedCheckpointsAsEvidence() throws Exception {
        HostLog honest = hostLog("host", 5);
        witness(honest).round();
        HostLog fork = hostLog("fork", 8);

        assertThat(witness(fork).round()).containsEntry("host", "ALERT: inconsistent checkpoint");
        assertThat(cosignedByOrigin(fork)).isFalse();
        List<Map<String, Object>> alerts = new Alerts(dir.resolve("alerts")).list();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst()).containsEntry("peer", "host").containsEntry("kind", "inconsistent-checkpoint");
        assertThat(SignedCheckpoint.parse((String) alerts.getFirst().get("offered")).orThrow().size()).isEqualTo(8);
        assertThat(SignedCheckpoint.parse((String) alerts.getFirst().get("previous")).orThrow().size()).isEqualTo(5);
        assertThat(witness(fork).round()).as("the last good checkpoint is kept, so the fork stays visible")
                .containsEntry("host", "ALERT: inconsistent checkpoint");
    }

    @Test
    void logService_keepsOnlyValidCosignaturesByTheConnectingMember() throws Exception {
        HostLog h = hostLog("host", 3);
        SignedCheckpoint latest = h.checkpointer().latest().orElseThrow();
        String byOrigin = new SignedNote(latest.checkpoint().body(), List.of(org.lifeline.node.exchangelog.Cosignature
                .cosign(latest.checkpoint(), Ed25519NoteSigner.witness(origin), NOW))).format();
        var originCert = Optional.of(origin.fingerprint());

        assertThat(h.service().cosign(byOrigin, Optional.of(host.fingerprint())).status())
                .as("host's own connection cannot hand in origin's cosignature").isEqualTo(400);
        assertThat(h.service().cosign(byOrigin, Optional.empty()).status()).isEqualTo(403);
        assertThat(h.service().cosign(byOrigin.replace("\n3\n", "\n2\n"), originCert).status())
                .as("a checkpoint the log never signed").isEqualTo(400);
        assertThat(h.cosignatures().all()).isEmpty();
        assertThat(h.service().cosign(byOrigin, originCert).status()).isEqualTo(200);
        assertThat(CosignatureStore.open(dir.resolve("host")).all()).as("durable").hasSize(1);
    }

    @Test
    void proofRoutes_refuseSizesBeyondTheLog() throws Exception {
        HostLog h = hostLog("host", 4);

        assertThat(h.service().inclusion(Map.of("index", "3", "size", "4")).status()).isEqualTo(200);
        assertThat(h.service().inclusion(Map.of("index", "4", "size", "4")).status()).isEqualTo(400);
        assertThat(h.service().consistency(Map.of("from", "2", "to", "5")).status()).isEqualTo(400);
        assertThat(h.service().consistency(Map.of("from", "0", "to", "4")).status()).isEqualTo(400);
        assertThat(h.service().consistency(Map.of("from", "-1", "to", "4")).status()).isEqualTo(400);
    }
}
