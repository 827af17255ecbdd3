// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WitnessStateTest {
    private static final String ORIGIN = "lifeline.example/node-a";
    private final TestSigner logKey = TestSigner.log(ORIGIN, 1);
    private final TestSigner witnessKey = TestSigner.witness("witness.example/w1", 9);
    private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1_732_400_000L), ZoneOffset.UTC);
    private final MerkleTree tree = treeOf(0, 20);
    private final WitnessState fresh = WitnessState.fresh(ORIGIN, logKey.verifier());

    @Test
    void firstCheckpoint_isCosigned_andTheCosignatureVerifies() {
        SignedCheckpoint cp = signed(tree, 10);
        var cosigned = (WitnessDecision.Cosigned) fresh.observe(cp, new ConsistencyProof(0, 10, List.of()),
                witnessKey, clock);
        assertThat(cosigned.state().latestSeen()).contains(cp);
        assertThat(Cosignature.timestamp(cosigned.cosignature())).isEqualTo(1_732_400_000L);
        SignedCheckpoint withCosig = cp.withCosignature(cosigned.cosignature());
        assertThat(withCosig.note().verifiedBy(witnessKey.verifier()).ok()).isTrue();
    }

    @Test
    void cosignature_withAlteredTimestamp_fails() {
        SignedCheckpoint cp = signed(tree, 10);
        NoteSignature cosig = Cosignature.cosign(cp.checkpoint(), witnessKey, clock.instant());
        byte[] bytes = cosig.signature();
        bytes[7] ^= 1;
        var altered = new NoteSignature(cosig.keyName(), cosig.keyId(), bytes);
        assertThat(cp.withCosignature(altered).note().verifiedBy(witnessKey.verifier()).ok()).isFalse();
    }

    @Test
    void consistentExtension_isCosigned() {
        WitnessState seen = afterFirst(10);
        SignedCheckpoint next = signed(tree, 20);
        WitnessDecision d = seen.observe(next, tree.consistencyProof(10, 20), witnessKey, clock);
        assertThat(d).isInstanceOf(WitnessDecision.Cosigned.class);
    }

    @Test
    void forkedHistory_isInconsistent_withBothCheckpointsAsEvidence() {
        WitnessState seen = afterFirst(10);
        MerkleTree fork = treeOf(0, 10);
        for (long i = 100; i < 110; i++) {
            fork.append(Entries.entry(i).leafHash());
        }
        SignedCheckpoint forked = signed(fork, 20);
        WitnessDecision d = seen.observe(forked, tree.consistencyProof(10, 20), witnessKey, clock);
        assertThat(d).isInstanceOfSatisfying(WitnessDecision.Inconsistent.class, inc -> {
            assertThat(inc.previous()).isEqualTo(seen.latest());
            assertThat(inc.offered()).isEqualTo(forked);
            assertThat(inc.previous().verifyLogSignature(logKey.verifier()).ok()).isTrue();
            assertThat(inc.offered().verifyLogSignature(logKey.verifier()).ok()).isTrue();
        });
    }

    @Test
    void sameSizeDifferentRoot_isInconsistent() {
        WitnessState seen = afterFirst(10);
        SignedCheckpoint other = signed(treeOf(50, 10), 10);
        assertThat(seen.observe(other, new ConsistencyProof(10, 10, List.of()), witnessKey, clock))
                .isInstanceOf(WitnessDecision.Inconsistent.class);
    }

    @Test
    void refusals_carryReasonsAndGiveNoCosignature() {
        WitnessState seen = afterFirst(10);
        SignedCheckpoint byImpostor = SignedCheckpoint.sign(signed(tree, 20).checkpoint(), TestSigner.log(ORIGIN, 2));
        assertThat(code(seen.observe(byImpostor, tree.consistencyProof(10, 20), witnessKey, clock)))
                .isEqualTo("witness.bad-log-signature");
        assertThat(code(seen.observe(signed(tree, 5), tree.consistencyProof(5, 10), witnessKey, clock)))
                .isEqualTo("witness.stale");
        assertThat(code(seen.observe(signed(tree, 20), tree.consistencyProof(11, 20), witnessKey, clock)))
                .isEqualTo("witness.proof-sizes");
        var otherOrigin = SignedCheckpoint.sign(new Checkpoint("other.example/log", 20, tree.root(20),
                Instant.ofEpochSecond(1)), logKey);
        assertThat(code(seen.observe(otherOrigin, tree.consistencyProof(10, 20), witnessKey, clock)))
                .isEqualTo("witness.wrong-origin");
    }

    private WitnessState afterFirst(long size) {
        return ((WitnessDecision.Cosigned) fresh.observe(signed(tree, size), new ConsistencyProof(0, size, List.of()),
                witnessKey, clock)).state();
    }

    private SignedCheckpoint signed(MerkleTree t, long size) {
        return SignedCheckpoint.sign(new Checkpoint(ORIGIN, size, t.root(size), Instant.ofEpochSecond(1_732_300_000L)),
                logKey);
    }

    private static String code(WitnessDecision d) {
        return d instanceof WitnessDecision.Refused r ? r.code() : d.getClass().getSimpleName();
    }

    static MerkleTree treeOf(long from, int count) {
        MerkleTree t = new MerkleTree();
        Entries.range(from, count).forEach(e -> t.append(e.leafHash()));
        return t;
    }
}
