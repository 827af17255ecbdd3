// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.List;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.Test;

class NodeIdentityTest {
    private final NodeIdentity host = TestIdentities.identity("host.example");

    @Test
    void generate_certificateIsSelfSignedEd25519WithNodeIdNamesAndKeyUsage() throws Exception {
        var cert = host.certificate();
        cert.verify(cert.getPublicKey());
        assertThat(cert.getVersion()).isEqualTo(3);
        assertThat(cert.getSigAlgName()).isEqualTo("Ed25519");
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=host.example");
        assertThat(cert.getIssuerX500Principal()).isEqualTo(cert.getSubjectX500Principal());
        assertThat(cert.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "host.example"), List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(cert.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(cert.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(365));
    }

    @Test
    void fingerprint_isSha256OfTheDerCertificate() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(host.certificate().getEncoded());
        assertThat(host.fingerprint().sha256Hex()).isEqualTo(HexFormat.of().formatHex(digest));
    }

    @Test
    void kid_isTheRfc7638ThumbprintOfTheOkpJwk() throws Exception {
        // RFC 7638 §3: SHA-256 over {"crv":"Ed25519","kty":"OKP","x":"..."} with members in lexicographic order
        String jwk = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + host.publicKey().x() + "\"}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(jwk.getBytes());
        assertThat(host.kid()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    @Test
    void constructor_keyPairFromAnotherNode_isRefused() {
        var other = TestIdentities.identity("other.example");
        var mixed = new KeyPair(host.keyPair().getPublic(), other.keyPair().getPrivate());
        assertThatThrownBy(() -> new NodeIdentity("host.example", mixed, host.certificate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not belong together");
    }

    @Test
    void nodeId_thatCannotBeADnsName_isRefused() {
        assertThatThrownBy(() -> TestIdentities.identity("Host Example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestIdentities.identity("-host")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bouncyCastleKeys_interoperateWithTheJdkEd25519Signature() throws Exception {
        byte[] message = "checkpoint 42".getBytes();
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(host.keyPair().getPrivate());
        jdk.update(message);
        byte[] signature = jdk.sign();
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(Ed25519Keys.jdkPublic(host.publicKey()));
        check.update(message);
        assertThat(check.verify(signature)).isTrue();
    }
}
