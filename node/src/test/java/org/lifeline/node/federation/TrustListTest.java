// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import org.assertj.core.api.InstanceOfAssertFactories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.node.testing.TestFederation.HOST;
import static org.lifeline.node.testing.TestFederation.ORIGIN;
import static org.lifeline.node.testing.TestFederation.STRANGER;
import static org.lifeline.node.testing.TestFederation.T0;

import java.time.Duration;
import java.time.Instant;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.testing.TestFederation;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrustListTest {
    private final TrustList list = TestFederation.trustList();

    @Nested
    class Operations {
        @Test
        void eachChange_isANewListWithAHigherVersion() {
            assertThat(list.version()).isEqualTo(3);
            TrustList revoked = list.revoke(HOST.nodeId(), T0);
            assertThat(revoked.version()).isEqualTo(4);
            assertThat(revoked.issued()).isEqualTo(T0);
            assertThat(list.member(HOST.nodeId()).orElseThrow().revokedAt()).isEmpty();
        }

        @Test
        void add_existingMember_isRefused() {
            assertThatThrownBy(() -> list.add(TestFederation.member(HOST), T0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already on the trust list");
        }

        @Test
        void revoke_unknownMember_isRefused() {
            assertThatThrownBy(() -> list.revoke(STRANGER.nodeId(), T0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void revoke_keepsTheMemberListedButNotCurrentFromThatInstant() {
            Member host = list.revoke(HOST.nodeId(), T0).member(HOST.nodeId()).orElseThrow();
            assertThat(host.isCurrentAt(T0.minusSeconds(1))).isTrue();
            assertThat(host.isCurrentAt(T0)).isFalse();
            assertThat(host.isRevokedAt(T0)).isTrue();
        }

        @Test
        void update_withRotatedKey_pinsBothCertificatesAndEndsTheOldKey() {
            NodeIdentity next = TestIdentities.identity("host.example.next");
            Instant until = T0.plus(Duration.ofDays(2));
            Member rotated = list.member(HOST.nodeId()).orElseThrow()
                    .withRotatedKey(next.publicKey(), next.fingerprint(), T0, until);
            TrustList updated = list.update(rotated, T0);
            assertThat(updated.memberByCertificate(next.fingerprint())).map(Member::nodeId).contains(HOST.nodeId());
            assertThat(updated.memberByCertificate(HOST.fingerprint())).map(Member::nodeId).contains(HOST.nodeId());
            assertThat(updated.signingKey(HOST.nodeId(), HOST.kid(), until.minusSeconds(1))).isPresent();
            assertThat(updated.signingKey(HOST.nodeId(), HOST.kid(), until)).isEmpty();
            assertThat(updated.signingKey(HOST.nodeId(), next.kid(), until)).isPresent();
        }
    }

    @Nested
    class Lookups {
        @Test
        void memberByNodeIdAndByCertificate() {
            assertThat(list.member(ORIGIN.nodeId())).map(Member::roles).get()
                    .asInstanceOf(InstanceOfAssertFactories.COLLECTION)
                    .containsExactlyInAnyOrder("consular-services", "humanitarian-tracing");
            assertThat(list.memberByCertificate(ORIGIN.fingerprint())).map(Member::nodeId).contains(ORIGIN.nodeId());
            assertThat(list.memberByCertificate(STRANGER.fingerprint())).isEmpty();
            assertThat(list.member(STRANGER.nodeId())).isEmpty();
        }

        @Test
        void signingKey_onlyByKidOfThatMemberAndValidAtTheInstant() {
            assertThat(list.signingKey(ORIGIN.nodeId(), ORIGIN.kid(), T0)).isPresent();
            assertThat(list.signingKey(ORIGIN.nodeId(), HOST.kid(), T0)).as("another member's key").isEmpty();
            assertThat(list.signingKey(ORIGIN.nodeId(), ORIGIN.kid(), TestFederation.LIST_FROM.minusSeconds(1)))
                    .as("before the key's validity").isEmpty();
        }

        @Test
        void acceptedCertificates_currentMembersOnly_andNoneWhenTheListIsNotValid() {
            assertThat(list.acceptedCertificates(T0)).containsExactlyInAnyOrder(ORIGIN.fingerprint(), HOST.fingerprint());
            assertThat(list.revoke(HOST.nodeId(), T0).acceptedCertificates(T0)).containsExactly(ORIGIN.fingerprint());
            assertThat(list.acceptedCertificates(TestFederation.LIST_UNTIL)).isEmpty();
        }
    }

    @Test
    void show_namesEveryMemberWithStatus() {
        String text = TrustListText.render(list.revoke(HOST.nodeId(), T0), T0);
        assertThat(text).contains("version 4", "origin.example", "current", "host.example", "REVOKED since " + T0,
                ORIGIN.kid(), ORIGIN.fingerprint().sha256Hex());
    }
}
