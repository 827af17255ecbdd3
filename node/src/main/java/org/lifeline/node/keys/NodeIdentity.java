// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Who this node is: its node id, its current Ed25519 key pair (signs envelopes, checkpoints and, for an issuer, trust
 * lists) and the self-signed certificate over the same key that it presents in mTLS. Invariant: the certificate
 * carries exactly this public key.
 */
public record NodeIdentity(String nodeId, KeyPair keyPair, X509Certificate certificate) {
    /** A DNS-name-shaped id (RFC 1123 characters, lower case), so it can sit in a certificate's dNSName SAN. */
    private static final Pattern NODE_ID = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    public NodeIdentity {
        requireNodeId(nodeId);
        byte[] certKey = Ed25519Keys.rawPublic(certificate.getPublicKey());
        byte[] pairKey = Ed25519Keys.rawPublic(keyPair.getPublic());
        byte[] privateToPublic = Ed25519Keys.bcPrivate(keyPair.getPrivate()).generatePublicKey().getEncoded();
        if (!Arrays.equals(certKey, pairKey) || !Arrays.equals(pairKey, privateToPublic)) {
            throw new IllegalArgumentException("certificate, public key and private key of node " + nodeId
                    + " do not belong together");
        }
    }

    /** A fresh key pair and a self-signed certificate valid from {@code now} for {@code validity}. */
    public static NodeIdentity generate(String nodeId, Instant now, Duration validity, SecureRandom random) {
        requireNodeId(nodeId);
        KeyPair keys = Ed25519Keys.generate(random);
        X509Certificate cert = SelfSignedCertificates.issue(nodeId, keys, now, now.plus(validity), random);
        return new NodeIdentity(nodeId, keys, cert);
    }

    public static String requireNodeId(String nodeId) {
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("node id must be lower-case letters, digits, '.' or '-' (max 253)");
        }
        return nodeId;
    }

    public Ed25519PublicKey publicKey() {
        return Ed25519PublicKey.of(keyPair.getPublic());
    }

    public String kid() {
        return publicKey().kid();
    }

    public CertificateFingerprint fingerprint() {
        return CertificateFingerprint.of(certificate);
    }

    public EdDsaJwsSigner jwsSigner() {
        return new EdDsaJwsSigner(keyPair.getPrivate());
    }

    @Override
    public String toString() {
        return "NodeIdentity[" + nodeId + ", kid=" + kid() + ", cert=" + fingerprint() + "]";
    }
}
