// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.node.testing.TestFederation.HOST;
import static org.lifeline.node.testing.TestFederation.ISSUER;
import static org.lifeline.node.testing.TestFederation.STRANGER;
import static org.lifeline.node.testing.TestFederation.T0;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.SigningKey;
import org.lifeline.node.testing.SettableClock;
import org.lifeline.node.testing.TestFederation;
import org.junit.jupiter.api.Test;

class TrustListVerifierTest {
    private final SettableClock clock = new SettableClock(T0);
    private final TrustListVerifier verifier = new TrustListVerifier(ISSUER.nodeId(),
            List.of(SigningKey.openEnded(ISSUER.publicKey(), TestFederation.LIST_FROM)), clock);
    private final TrustList list = TestFederation.trustList();

    @Test
    void verify_signedByTheIssuerAndValid_isAccepted() {
        Verdict<TrustList> verdict = verifier.verify(TrustListSigner.sign(list, ISSUER), Optional.empty());
        assertThat(verdict).isEqualTo(Verdict.accepted(list));
    }

    @Test
    void verify_signedByAnotherKey_isBadSignature() {
        // a stranger signs a list with its own key and names the issuer's kid
        String forged = signRaw(TrustListJson.encode(list), ISSUER.kid(), STRANGER);
        assertThat(verifier.verify(forged, Optional.empty()).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_tamperedPayload_isBadSignature() {
        String[] parts = TrustListSigner.sign(list, ISSUER).split("\\.");
        TrustList widened = list.add(TestFederation.member(STRANGER, "law-enforcement"), T0);
        String tampered = parts[0] + "." + Base64URL.encode(TrustListJson.encode(widened)) + "." + parts[2];
        assertThat(verifier.verify(tampered, Optional.empty()).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_expiredList_isRefused() {
        clock.set(TestFederation.LIST_UNTIL);
        assertThat(verifier.verify(TrustListSigner.sign(list, ISSUER), Optional.empty()).codes())
                .containsExactly(RejectionCode.EXPIRED);
    }

    @Test
    void verify_listNotYetValid_isRefused() {
        TrustList future = list.renew(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(60)), T0);
        assertThat(verifier.verify(TrustListSigner.sign(future, ISSUER), Optional.empty()).codes())
                .containsExactly(RejectionCode.NOT_YET_VALID);
    }

    @Test
    void verify_olderVersionThanHeld_isRollback() {
        TrustList newer = list.revoke(HOST.nodeId(), T0);
        assertThat(verifier.verify(TrustListSigner.sign(list, ISSUER), Optional.of(newer)).codes())
                .containsExactly(RejectionCode.ROLLBACK);
        assertThat(verifier.verify(TrustListSigner.sign(newer, ISSUER), Optional.of(list)).isAccepted()).isTrue();
    }

    @Test
    void verify_sameVersionDifferentContent_isRollback_sameContent_isAccepted() {
        TrustList fork = new TrustList(list.issuer(), list.version(), list.issued(), list.validFrom(),
                list.validUntil(), list.members().subList(0, 1));
        assertThat(verifier.verify(TrustListSigner.sign(fork, ISSUER), Optional.of(list)).codes())
                .containsExactly(RejectionCode.ROLLBACK);
        assertThat(verifier.verify(TrustListSigner.sign(list, ISSUER), Optional.of(list)).isAccepted()).isTrue();
    }

    @Test
    void verify_issuerKeyRotatedOut_isRefusedAfterItsEnd() {
        var ending = new TrustListVerifier(ISSUER.nodeId(), List.of(new SigningKey(ISSUER.publicKey(),
                TestFederation.LIST_FROM, Optional.of(T0.plusSeconds(60)))), clock);
        String signed = TrustListSigner.sign(list, ISSUER);
        assertThat(ending.verify(signed, Optional.empty()).isAccepted()).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(ending.verify(signed, Optional.empty()).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_otherIssuerNameUnderTheRightKey_isWrongIssuer() {
        String signed = signRaw(TrustListJson.encode(withIssuer(list, STRANGER)), ISSUER.kid(), ISSUER);
        assertThat(verifier.verify(signed, Optional.empty()).codes()).containsExactly(RejectionCode.WRONG_ISSUER);
    }

    @Test
    void verify_nonCanonicalPayloadUnderAGoodSignature_isMalformed() {
        String pretty = TrustListJson.encode(list).replace(",\"", ", \"");
        assertThat(verifier.verify(signRaw(pretty, ISSUER.kid(), ISSUER), Optional.empty()).codes())
                .containsExactly(RejectionCode.MALFORMED);
    }

    @Test
    void verify_notAJwsOrWrongType_isMalformedOrWrongType() {
        assertThat(verifier.verify("not a jws", Optional.empty()).codes()).containsExactly(RejectionCode.MALFORMED);
        String wrongType = TrustListSigner.sign(list, ISSUER).replaceFirst("^[^.]+",
                Base64URL.encode("{\"alg\":\"EdDSA\",\"kid\":\"" + ISSUER.kid() + "\",\"typ\":\"JWT\"}").toString());
        assertThat(verifier.verify(wrongType, Optional.empty()).codes()).containsExactly(RejectionCode.WRONG_TYPE);
    }

    private static String signRaw(String payload, String kid, NodeIdentity signer) {
        var header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid)
                .type(new JOSEObjectType(TrustListSigner.TYPE)).build();
        var jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(signer.jwsSigner());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jws.serialize();
    }

    private static TrustList withIssuer(TrustList list, NodeIdentity issuer) {
        return new TrustList(issuer.nodeId(), list.version() + 1, T0, list.validFrom(), list.validUntil(),
                list.members());
    }
}
