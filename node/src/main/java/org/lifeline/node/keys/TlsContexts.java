// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;

/**
 * mTLS between nodes: TLS 1.3 only (RFC 8446), each side presents its Ed25519 node certificate (signature scheme
 * {@code ed25519}, RFC 8446 §4.2.3) and accepts the other only if the trust list pins its certificate. The same
 * {@link SSLContext} serves both roles; {@link #serverParameters()} makes the server demand a client certificate.
 */
public final class TlsContexts {
    static final String PROTOCOL = "TLSv1.3";
    private static final String ALIAS = "node";

    private TlsContexts() {
    }

    /**
     * @param acceptedPeers fingerprints the current trust list accepts (members valid now and not revoked); asked on
     *                      every handshake, so a new list takes effect without rebuilding the context
     */
    public static SSLContext mutual(NodeIdentity identity, Supplier<Set<CertificateFingerprint>> acceptedPeers,
                                    Clock clock) {
        try {
            char[] password = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, identity.keyPair().getPrivate(), password,
                    new Certificate[] {identity.certificate()});
            KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(keys.getKeyManagers(),
                    new TrustManager[] {new PinnedPeerTrustManager(acceptedPeers, clock)}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the TLS context for node " + identity.nodeId(), e);
        }
    }

    /** For server sockets/engines: TLS 1.3 only, and a client certificate is required (not merely wanted). */
    public static SSLParameters serverParameters() {
        SSLParameters parameters = clientParameters();
        parameters.setNeedClientAuth(true);
        return parameters;
    }

    public static SSLParameters clientParameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(new String[] {PROTOCOL});
        return parameters;
    }

    /** The fingerprint of the certificate a peer authenticated with, or empty if it presented none. */
    public static Optional<CertificateFingerprint> peerOf(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate leaf
                    ? Optional.of(CertificateFingerprint.of(leaf))
                    : Optional.empty();
        } catch (SSLPeerUnverifiedException e) {
            return Optional.empty();
        }
    }
}
