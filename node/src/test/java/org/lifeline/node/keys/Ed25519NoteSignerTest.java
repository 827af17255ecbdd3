// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lifeline.node.exchangelog.Checkpoint;
import org.lifeline.node.exchangelog.Cosignature;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.NoteKeys;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.Rfc9162;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.VerifierKey;

class Ed25519NoteSignerTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    final NodeIdentity host = NodeIdentity.generate("host", NOW, Duration.ofDays(1), new SecureRandom());
    final NodeIdentity other = NodeIdentity.generate("host", NOW, Duration.ofDays(1), new SecureRandom());
    final Checkpoint checkpoint = new Checkpoint(LogKeys.origin("host"), 3,
            new Hash(Rfc9162.sha256(new byte[] {1})), NOW);

    @Test
    void checkpointSignedWithTheNodeKey_verifiesWithTheKeyTheTrustListPublishes() {
        SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, Ed25519NoteSigner.log(host));
        VerifierKey published = LogKeys.logKey("host", host.publicKey());

        assertThat(signed.verifyLogSignature(published.verifier()).ok()).isTrue();
        assertThat(signed.verifyLogSignature(LogKeys.logKey("host", other.publicKey()).verifier()).ok())
                .as("another key under the same name").isFalse();
    }

    @Test
    void verifierKey_roundTripsThroughItsTextForm_withTheSignersKeyId() {
        VerifierKey published = LogKeys.logKey("host", host.publicKey());
        Parsed<VerifierKey> parsed = VerifierKey.parse(published.format());

        assertThat(parsed).isEqualTo(Parsed.ok(published));
        assertThat(published.keyId()).isEqualTo(Ed25519NoteSigner.log(host).keyId());
        assertThat(published.format()).startsWith("lifeline/host+");
    }

    @Test
    void witnessCosignature_verifiesOnlyAsACosignature() {
        var cosignature = Cosignature.cosign(checkpoint, Ed25519NoteSigner.witness(host), NOW);
        SignedCheckpoint cosigned = SignedCheckpoint.sign(checkpoint, Ed25519NoteSigner.log(other))
                .withCosignature(cosignature);

        assertThat(cosigned.note().verifiedBy(LogKeys.witnessKey("host", host.publicKey()).verifier()).ok()).isTrue();
        assertThat(cosigned.note().verifiedBy(LogKeys.logKey("host", host.publicKey()).verifier()).ok())
                .as("the type 0x01 key id differs, so the cosignature is not taken as a log signature").isFalse();
        assertThat(Ed25519NoteSigner.witness(host).keyId())
                .isEqualTo(NoteKeys.keyId("lifeline/host", NoteKeys.TYPE_COSIGNATURE_V1, host.publicKey().raw()));
    }
}
