// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import java.security.Signature;
import java.util.Set;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.Test;

/** The Bouncy Castle backed JWS EdDSA provider against RFC 8037 and the JDK's own Ed25519. */
class EdDsaJwsTest {
    private final NodeIdentity signer = TestIdentities.identity("origin.example");
    private final NodeIdentity other = TestIdentities.identity("other.example");

    @Test
    void signThenVerify_withTheSignersPublicKey_succeeds() throws Exception {
        JWSObject jws = signed("{\"q\":1}");
        assertThat(JWSObject.parse(jws.serialize()).verify(new EdDsaJwsVerifier(signer.publicKey()))).isTrue();
    }

    @Test
    void verify_withAnotherNodesKey_fails() throws Exception {
        assertThat(signed("{}").verify(new EdDsaJwsVerifier(other.publicKey()))).isFalse();
    }

    @Test
    void verify_tamperedPayload_fails() throws Exception {
        String[] parts = signed("{\"role\":\"auditor\"}").serialize().split("\\.");
        String forged = parts[0] + "." + Base64URL.encode("{\"role\":\"law-enforcement\"}") + "." + parts[2];
        assertThat(JWSObject.parse(forged).verify(new EdDsaJwsVerifier(signer.publicKey()))).isFalse();
    }

    @Test
    void signature_isRfc8032Ed25519OverTheSigningInput_asTheJdkComputesIt() throws Exception {
        JWSObject jws = signed("{}");
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(signer.certificate().getPublicKey());
        jdk.update(jws.getSigningInput());
        assertThat(jdk.verify(jws.getSignature().decode())).isTrue();
    }

    @Test
    void verify_headerWithCritParameters_failsClosed() throws Exception {
        var header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).criticalParams(Set.of("exp")).build();
        byte[] input = "a.b".getBytes();
        Base64URL sig = signer.jwsSigner().sign(header, input);
        assertThat(new EdDsaJwsVerifier(signer.publicKey()).verify(header, input, sig)).isFalse();
    }

    @Test
    void verify_otherAlgorithmOrShortSignature_failsClosed() throws Exception {
        var verifier = new EdDsaJwsVerifier(signer.publicKey());
        byte[] input = "a.b".getBytes();
        Base64URL sig = signer.jwsSigner().sign(new JWSHeader(JWSAlgorithm.EdDSA), input);
        assertThat(verifier.verify(new JWSHeader(JWSAlgorithm.ES256), input, sig)).isFalse();
        assertThat(verifier.verify(new JWSHeader(JWSAlgorithm.EdDSA), input, Base64URL.encode(new byte[10])))
                .isFalse();
    }

    @Test
    void sign_otherAlgorithm_isRefused() {
        assertThatThrownBy(() -> signer.jwsSigner().sign(new JWSHeader(JWSAlgorithm.HS256), new byte[1]))
                .isInstanceOf(JOSEException.class);
    }

    private JWSObject signed(String payload) throws JOSEException {
        var jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(signer.kid()).build(),
                new Payload(payload));
        jws.sign(signer.jwsSigner());
        return jws;
    }
}
