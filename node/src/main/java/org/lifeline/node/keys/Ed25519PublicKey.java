// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.PublicKey;
import java.util.Base64;

/**
 * An Ed25519 public key as its 32 raw bytes (RFC 8032 §5.1.5), written base64url without padding as the {@code x}
 * member of an OKP JWK (RFC 8037 §2). A string keeps the record's equality by value.
 */
public record Ed25519PublicKey(String x) {
    private static final int RAW_LENGTH = 32;

    public Ed25519PublicKey {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(x);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ed25519 public key must be base64url", e);
        }
        if (raw.length != RAW_LENGTH || x.contains("=")) {
            throw new IllegalArgumentException("Ed25519 public key must be 32 bytes, unpadded base64url, but was "
                    + raw.length + " bytes");
        }
    }

    public static Ed25519PublicKey ofRaw(byte[] raw) {
        return new Ed25519PublicKey(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
    }

    public static Ed25519PublicKey of(PublicKey key) {
        return ofRaw(Ed25519Keys.rawPublic(key));
    }

    public byte[] raw() {
        return Base64.getUrlDecoder().decode(x);
    }

    /** The key id: the RFC 7638 JWK thumbprint (SHA-256) of {@code {"crv":"Ed25519","kty":"OKP","x":...}}. */
    public String kid() {
        try {
            return new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(x)).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 unavailable for JWK thumbprint", e);
        }
    }
}
