// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a TLS peer exactly when the SHA-256 fingerprint of its end-entity certificate is in the set the trust list
 * names right now, and the certificate is inside its validity period. There are no CAs and no name checks: the trust
 * list is the only source of trust. Fails closed: an empty chain, an unreadable certificate or a failing supplier
 * rejects the handshake. Extending {@link X509ExtendedTrustManager} stops JSSE from wrapping it with its own checks.
 */
final class PinnedPeerTrustManager extends X509ExtendedTrustManager {
    private final Supplier<Set<CertificateFingerprint>> accepted;
    private final Clock clock;

    PinnedPeerTrustManager(Supplier<Set<CertificateFingerprint>> accepted, Clock clock) {
        this.accepted = accepted;
        this.clock = clock;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("peer presented no certificate");
        }
        CertificateFingerprint fingerprint;
        Set<CertificateFingerprint> allowed;
        try {
            fingerprint = CertificateFingerprint.of(chain[0]);
            allowed = accepted.get();
        } catch (RuntimeException e) {
            throw new CertificateException("peer certificate could not be checked against the trust list", e);
        }
        if (!allowed.contains(fingerprint)) {
            throw new CertificateException("peer certificate " + fingerprint + " is not on the current trust list");
        }
        chain[0].checkValidity(Date.from(clock.instant()));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
