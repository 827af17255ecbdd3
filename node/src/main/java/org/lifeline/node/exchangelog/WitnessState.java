// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one witness knows about one peer's log: its origin, its checkpoint key and the latest checkpoint it cosigned.
 * The rule follows https://c2sp.org/tlog-witness: cosign only a correctly signed checkpoint that is provably an
 * append-only extension of the last one seen. The first checkpoint is trusted on first use (there is nothing to be
 * consistent with). The caller persists the returned state; this type does no IO.
 */
public record WitnessState(String origin, NoteVerifier logKey, @Nullable SignedCheckpoint latest) {

    public static WitnessState fresh(String origin, NoteVerifier logKey) {
        return new WitnessState(origin, logKey, null);
    }

    public Optional<SignedCheckpoint> latestSeen() {
        return Optional.ofNullable(latest);
    }

    /** Decides about {@code offered}; {@code proof} must lead from the latest seen size to the offered size. */
    public WitnessDecision observe(SignedCheckpoint offered, ConsistencyProof proof, CheckpointSigner witness,
            Clock clock) {
        Verification signature = offered.verifyLogSignature(logKey);
        if (!signature.ok()) {
            return new WitnessDecision.Refused("witness.bad-log-signature", signature.toString());
        }
        if (!offered.checkpoint().origin().equals(origin)) {
            return new WitnessDecision.Refused("witness.wrong-origin", "expected origin " + origin);
        }
        if (latest == null) {
            return cosign(offered, witness, clock);
        }
        if (offered.size() < latest.size()) {
            return new WitnessDecision.Refused("witness.stale",
                    "offered size " + offered.size() + " < seen size " + latest.size());
        }
        Verification consistent = consistency(offered, proof);
        if (consistent == null) {
            return new WitnessDecision.Refused("witness.proof-sizes", "proof is from " + proof.size1() + " to "
                    + proof.size2() + ", needed " + latest.size() + " to " + offered.size());
        }
        return consistent.ok()
                ? cosign(offered, witness, clock)
                : new WitnessDecision.Inconsistent(latest, offered, proof, consistent);
    }

    // Null when the proof does not connect the two sizes (a useless proof, not evidence of a fork).
    private @Nullable Verification consistency(SignedCheckpoint offered, ConsistencyProof proof) {
        SignedCheckpoint seen = Objects.requireNonNull(latest);
        if (seen.size() == 0) {
            return ConsistencyProof.compare("consistency.empty-root", seen.root(), Rfc9162.emptyRoot());
        }
        if (proof.size1() != seen.size() || proof.size2() != offered.size()) {
            return null;
        }
        return proof.verify(seen.root(), offered.root());
    }

    private WitnessDecision cosign(SignedCheckpoint offered, CheckpointSigner witness, Clock clock) {
        NoteSignature cosignature = Cosignature.cosign(offered.checkpoint(), witness, clock.instant());
        return new WitnessDecision.Cosigned(cosignature, new WitnessState(origin, logKey, offered));
    }
}
