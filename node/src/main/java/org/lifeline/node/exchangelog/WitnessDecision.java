// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

/** What a witness did with a checkpoint offered to it (see {@link WitnessState#observe}). */
public sealed interface WitnessDecision {

    /** Consistent with what the witness saw before: here is its cosignature and its new state. */
    record Cosigned(NoteSignature cosignature, WitnessState state) implements WitnessDecision {
    }

    /**
     * The log signed two checkpoints that cannot both be true (a fork or a rewrite). Both signed checkpoints are kept
     * as evidence: anyone with the log's public key can check them, and the log cannot deny having signed them.
     */
    record Inconsistent(SignedCheckpoint previous, SignedCheckpoint offered, ConsistencyProof proof, Verification why)
            implements WitnessDecision {
    }

    /** Not cosigned and no evidence against the log (bad signature, stale checkpoint, wrong origin, proof for other sizes). */
    record Refused(String code, String detail) implements WitnessDecision {
    }
}
