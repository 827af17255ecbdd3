// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.Test;

class KeyRotationTest {
    private static final Instant T0 = TestIdentities.T0;
    private final NodeIdentity old = TestIdentities.identity("host.example");
    private final NodeIdentity next = KeyRotation.newIdentity(old, T0, Duration.ofDays(365),
            TestIdentities.seeded("next"));

    @Test
    void newIdentity_sameNodeNewKeyAndCertificate() {
        assertThat(next.nodeId()).isEqualTo(old.nodeId());
        assertThat(next.publicKey()).isNotEqualTo(old.publicKey());
        assertThat(next.fingerprint()).isNotEqualTo(old.fingerprint());
    }

    @Test
    void publish_oldKeyVerifiesUntilTheDateAndNotAfter_newKeyFromItsStart() {
        Instant until = T0.plus(Duration.ofDays(7));
        List<SigningKey> keys = KeyRotation.publish(List.of(SigningKey.openEnded(old.publicKey(), T0.minusSeconds(1))),
                next.publicKey(), T0, until);
        SigningKey oldKey = keys.getFirst();
        SigningKey newKey = keys.get(1);
        assertThat(oldKey.validUntil()).contains(until);
        assertThat(oldKey.validAt(until.minusSeconds(1))).isTrue();
        assertThat(oldKey.validAt(until)).isFalse();
        assertThat(newKey.kid()).isEqualTo(next.kid());
        assertThat(newKey.validAt(T0)).isTrue();
        assertThat(newKey.validAt(T0.minusSeconds(1))).isFalse();
    }

    @Test
    void publish_keyThatAlreadyEndsEarlier_keepsItsEnd() {
        var ending = new SigningKey(old.publicKey(), T0.minusSeconds(100), Optional.of(T0.plusSeconds(10)));
        var keys = KeyRotation.publish(List.of(ending), next.publicKey(), T0, T0.plus(Duration.ofDays(1)));
        assertThat(keys.getFirst()).isEqualTo(ending);
    }

    @Test
    void publish_gapBetweenOldAndNewKey_isRefused() {
        assertThatThrownBy(() -> KeyRotation.publish(List.of(SigningKey.openEnded(old.publicKey(), T0)),
                next.publicKey(), T0.plusSeconds(60), T0.plusSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publish_sameKeyAgain_isRefused() {
        assertThatThrownBy(() -> KeyRotation.publish(List.of(SigningKey.openEnded(old.publicKey(), T0)),
                old.publicKey(), T0, T0.plusSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
