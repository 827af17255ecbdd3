// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.federation.client.PeerClient;
import org.lifeline.node.federation.envelope.EnvelopeSigner;
import org.lifeline.node.federation.envelope.RequestEnvelope;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.KeyFiles;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.TlsContexts;

/** Hand-built peer traffic for adversarial tests: requests signed (or mis-signed) and sent over real mTLS. */
final class Peers {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Peers() {
    }

    static NodeIdentity identity(NodeSettings node) throws IOException {
        return KeyFiles.read(node.keysDir());
    }

    /** A client that presents {@code tlsIdentity}'s certificate and accepts only {@code server}'s. */
    static PeerClient client(NodeIdentity tlsIdentity, NodeSettings server) throws IOException {
        CertificateFingerprint serverCert = identity(server).fingerprint();
        SSLContext tls = TlsContexts.mutual(tlsIdentity, () -> Set.of(serverCert), Clock.systemUTC());
        return new PeerClient(tls, Duration.ofSeconds(10));
    }

    static RequestEnvelope request(String iss, String aud, Instant iat, String purpose, String agreement, String role,
                                   String kind, String queryJson) {
        return RequestEnvelope.issue(iss, aud, iat, Duration.ofSeconds(60), RANDOM, purpose, "consent", agreement, role,
                kind, queryJson);
    }

    static String sign(NodeIdentity signer, RequestEnvelope request) {
        return new EnvelopeSigner(signer).signRequest(request);
    }

    static URI endpoint(NodeSettings node) {
        return node.peerEndpoint();
    }
}
