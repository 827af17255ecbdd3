// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.lifeline.node.exchangelog.CheckpointSigner;
import org.lifeline.node.exchangelog.ConsistencyProof;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.SignedNote;
import org.lifeline.node.exchangelog.VerifierKey;
import org.lifeline.node.exchangelog.WitnessDecision;
import org.lifeline.node.exchangelog.WitnessState;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.server.https.PeerHttpsServer;
import org.lifeline.node.federation.transparency.Alerts;
import org.lifeline.node.federation.transparency.LogJson;
import org.lifeline.node.federation.transparency.PeerLogKeys;
import org.lifeline.node.federation.transparency.WitnessStore;
import org.lifeline.node.keys.LogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node as a witness of its peers' logs (docs/audit.md, "Witness rule"): per current peer, fetch its latest
 * checkpoint, prove it consistent with the last one cosigned ({@link WitnessState}), cosign and hand the cosignature
 * back. An inconsistent checkpoint is refused, its evidence saved as an alert and logged at ERROR; the remembered
 * checkpoint stays the last good one, so the fork stays detectable on every later round.
 */
public final class Witness {
    private static final Logger LOG = LoggerFactory.getLogger(Witness.class);

    private final String self;
    private final Supplier<TrustList> trust;
    private final PeerLogs client;
    private final CheckpointSigner witnessKey;
    private final WitnessStore seen;
    private final Alerts alerts;
    private final Clock clock;

    public Witness(String self, Supplier<TrustList> trust, PeerLogs client, CheckpointSigner witnessKey,
                   WitnessStore seen, Alerts alerts, Clock clock) {
        this.self = self;
        this.trust = trust;
        this.client = client;
        this.witnessKey = witnessKey;
        this.seen = seen;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** One round over every current peer; the outcome per peer, as a short text safe to log. */
    public Map<String, String> round() {
        Map<String, String> outcome = new TreeMap<>();
        List<Member> peers = trust.get().members().stream()
                .filter(m -> !m.nodeId().equals(self) && m.isCurrentAt(clock.instant())).toList();
        for (Member peer : peers) {
            try {
                outcome.put(peer.nodeId(), witness(peer));
            } catch (PeerClient.PeerFailure | IOException e) {
                outcome.put(peer.nodeId(), "unreachable: " + e.getMessage());
            }
        }
        return outcome;
    }

    private String witness(Member peer) throws PeerClient.PeerFailure, IOException {
        Parsed<SignedCheckpoint> parsed = SignedCheckpoint.parse(client.get(peer,
                PeerHttpsServer.CHECKPOINT_PATH));
        if (!(parsed instanceof Parsed.Ok<SignedCheckpoint> ok)) {
            return refused(peer, "witness.unparsable-checkpoint", ((Parsed.Refused<SignedCheckpoint>) parsed).reason());
        }
        SignedCheckpoint offered = ok.value();
        Optional<VerifierKey> logKey = PeerLogKeys.signerOf(peer, offered.note());
        if (logKey.isEmpty()) {
            return refused(peer, "witness.unknown-log-key", "no signature by a key the trust list gives " + peer.nodeId());
        }
        Optional<SignedCheckpoint> previous = seen.latest(peer.nodeId());
        var state = new WitnessState(LogKeys.origin(peer.nodeId()), logKey.get().verifier(), previous.orElse(null));
        return switch (state.observe(offered, proof(peer, previous, offered), witnessKey, clock)) {
            case WitnessDecision.Cosigned c -> cosigned(peer, offered, c);
            case WitnessDecision.Refused r -> refused(peer, r.code(), r.detail());
            case WitnessDecision.Inconsistent evidence -> alert(peer, evidence);
        };
    }

    // The proof from the last size cosigned; none is needed for a first sighting or an unchanged or smaller size.
    private ConsistencyProof proof(Member peer, Optional<SignedCheckpoint> previous, SignedCheckpoint offered)
            throws PeerClient.PeerFailure {
        long from = previous.map(SignedCheckpoint::size).orElse(0L);
        if (from == 0 || offered.size() <= from) {
            return new ConsistencyProof(from, offered.size(), List.of());
        }
        String json = client.get(peer, PeerHttpsServer.CONSISTENCY_PATH + "?from=" + from + "&to="
                + offered.size());
        return switch (LogJson.parseConsistency(json)) {
            case Parsed.Ok<ConsistencyProof> p -> p.value();
            // an unusable proof is refused by WitnessState as the wrong sizes, never taken as evidence of a fork
            case Parsed.Refused<ConsistencyProof> r -> new ConsistencyProof(0, 0, List.of());
        };
    }

    private String cosigned(Member peer, SignedCheckpoint offered, WitnessDecision.Cosigned c)
            throws PeerClient.PeerFailure, IOException {
        seen.save(peer.nodeId(), offered);
        boolean alreadyCarried = offered.note().signatures().stream()
                .anyMatch(s -> s.keyName().equals(witnessKey.keyName()) && s.keyId() == witnessKey.keyId());
        if (alreadyCarried) {
            return "already cosigned size " + offered.size();
        }
        String note = new SignedNote(offered.checkpoint().body(), List.of(c.cosignature())).format();
        client.post(peer, PeerHttpsServer.COSIGN_PATH, note);
        LOG.info("cosigned checkpoint {} of {}", offered.size(), peer.nodeId());
        return "cosigned size " + offered.size();
    }

    private String refused(Member peer, String code, String detail) {
        LOG.warn("did not cosign the checkpoint of {}: {} ({})", peer.nodeId(), code, detail);
        return "refused: " + code;
    }

    private String alert(Member peer, WitnessDecision.Inconsistent evidence) throws IOException {
        var file = alerts.raise(peer.nodeId(), clock.instant(), evidence);
        LOG.error("ALERT: {} showed an inconsistent checkpoint (size {} after size {}): {}; evidence in {}",
                peer.nodeId(), evidence.offered().size(), evidence.previous().size(), evidence.why(), file);
        return "ALERT: inconsistent checkpoint";
    }
}
