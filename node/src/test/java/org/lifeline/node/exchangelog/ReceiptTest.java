// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptTest {
    private final TestSigner logKey = TestSigner.log("lifeline.example/node-a", 1);
    private final MerkleTree tree = WitnessStateTest.treeOf(0, 25);
    private final SignedCheckpoint checkpoint = SignedCheckpoint.sign(
            new Checkpoint("lifeline.example/node-a", 25, tree.root(), Instant.ofEpochSecond(1_732_300_000L)), logKey);

    @Test
    void receipt_verifiesForItsEntry() {
        var receipt = new Receipt(17, tree.inclusionProof(17, 25), checkpoint);
        assertThat(receipt.verify(Entries.entry(17), logKey.verifier()).ok()).isTrue();
    }

    @Test
    void receipt_forAnotherEntry_failsWithRootMismatch() {
        var receipt = new Receipt(17, tree.inclusionProof(17, 25), checkpoint);
        assertThat(receipt.verify(Entries.entry(18), logKey.verifier())).isInstanceOfSatisfying(
                Verification.Invalid.class, v -> assertThat(v.code()).isEqualTo("inclusion.root-mismatch"));
    }

    @Test
    void receipt_signedByAnotherKey_failsBeforeTheProofIsChecked() {
        var forged = SignedCheckpoint.sign(checkpoint.checkpoint(), TestSigner.log("lifeline.example/node-a", 5));
        var receipt = new Receipt(17, tree.inclusionProof(17, 25), forged);
        assertThat(receipt.verify(Entries.entry(17), logKey.verifier()).ok()).isFalse();
    }

    @Test
    void receipt_withProofForOtherIndexOrSize_cannotBeBuilt() {
        assertThatThrownBy(() -> new Receipt(16, tree.inclusionProof(17, 25), checkpoint))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receipt(17, tree.inclusionProof(17, 24), checkpoint))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
