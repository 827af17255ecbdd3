// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 over a certificate's DER encoding, as 64 lowercase hex digits; how the trust list pins TLS peers. */
public record CertificateFingerprint(String sha256Hex) {
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public CertificateFingerprint {
        if (!HEX_64.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("certificate fingerprint must be 64 lowercase hex digits");
        }
    }

    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            return ofDer(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be DER-encoded", e);
        }
    }

    static CertificateFingerprint ofDer(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return new CertificateFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return sha256Hex;
    }
}
