// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The linkage keys of one sharing agreement, derived with HKDF-SHA256 (RFC 5869) from the secret both nodes hold
 * under the agreement: salt = the agreement's IRI, info = purpose label, so every agreement (and every purpose within
 * it) gets independent keys and encodings made for one agreement cannot be linked with another's.
 */
public final class AgreementKey {
    static final int MIN_SECRET_BYTES = 32;
    private final byte[] bloomKey;
    private final byte[] tokenKey;
    private final String agreement;

    private AgreementKey(String agreement, byte[] bloomKey, byte[] tokenKey) {
        this.agreement = agreement;
        this.bloomKey = bloomKey;
        this.tokenKey = tokenKey;
    }

    public static AgreementKey derive(byte[] sharedSecret, String agreementIri) {
        if (sharedSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the shared secret must have at least " + MIN_SECRET_BYTES
                    + " bytes but had " + sharedSecret.length);
        }
        if (agreementIri.isBlank()) {
            throw new IllegalArgumentException("an agreement IRI is required");
        }
        return new AgreementKey(agreementIri, hkdf(sharedSecret, agreementIri, "lifeline/pprl/bloom/v1"),
                hkdf(sharedSecret, agreementIri, "lifeline/pprl/token/v1"));
    }

    private static byte[] hkdf(byte[] secret, String salt, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret, salt.getBytes(StandardCharsets.UTF_8), info.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    public String agreement() {
        return agreement;
    }

    byte[] bloomKey() {
        return bloomKey.clone();
    }

    byte[] tokenKey() {
        return tokenKey.clone();
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "AgreementKey[" + agreement + "]";
    }

    /** Same agreement and same keys (constant-time comparison of the key bytes). */
    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementKey k && agreement.equals(k.agreement)
                && java.security.MessageDigest.isEqual(bloomKey, k.bloomKey)
                && java.security.MessageDigest.isEqual(tokenKey, k.tokenKey);
    }

    @Override
    public int hashCode() {
        return agreement.hashCode();
    }
}
