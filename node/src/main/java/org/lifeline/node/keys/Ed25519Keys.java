// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Moves Ed25519 keys between Bouncy Castle's lightweight parameters (fast signing, see
 * docs/decisions/0001-signing-algorithm.md) and JDK {@code EdEC} keys (what JSSE needs for TLS and KeyStores).
 * Both sides meet at the standard encodings: PKCS#8 (RFC 8410 §7) and SubjectPublicKeyInfo (RFC 8410 §4).
 */
final class Ed25519Keys {
    private static final AlgorithmIdentifier ED25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);

    private Ed25519Keys() {
    }

    static KeyPair generate(SecureRandom random) {
        var generator = new Ed25519KeyPairGenerator();
        generator.init(new Ed25519KeyGenerationParameters(random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        var privateKey = (Ed25519PrivateKeyParameters) pair.getPrivate();
        var publicKey = (Ed25519PublicKeyParameters) pair.getPublic();
        return new KeyPair(jdkPublic(publicKey), jdkPrivate(privateKey));
    }

    /** PKCS#8 v1 holding only the 32-byte seed as {@code CurvePrivateKey} (RFC 8410 §7). */
    static byte[] pkcs8(Ed25519PrivateKeyParameters key) {
        try {
            return new PrivateKeyInfo(ED25519, new DEROctetString(key.getEncoded())).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding of a private key failed", e);
        }
    }

    static PrivateKey jdkPrivate(Ed25519PrivateKeyParameters key) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8(key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK rejected an Ed25519 PKCS#8 key", e);
        }
    }

    static PublicKey jdkPublic(Ed25519PublicKeyParameters key) {
        try {
            byte[] spki = new SubjectPublicKeyInfo(ED25519, key.getEncoded()).getEncoded();
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("JDK rejected an Ed25519 public key", e);
        }
    }

    static PublicKey jdkPublic(Ed25519PublicKey key) {
        return jdkPublic(new Ed25519PublicKeyParameters(key.raw()));
    }

    static Ed25519PrivateKeyParameters bcPrivate(PrivateKey key) {
        try {
            if (PrivateKeyFactory.createKey(key.getEncoded()) instanceof Ed25519PrivateKeyParameters ed) {
                return ed;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a PKCS#8 Ed25519 private key", e);
        }
        throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
    }

    static Ed25519PublicKeyParameters bcPublic(PublicKey key) {
        try {
            if (PublicKeyFactory.createKey(key.getEncoded()) instanceof Ed25519PublicKeyParameters ed) {
                return ed;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an X.509 Ed25519 public key", e);
        }
        throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }

    static byte[] rawPublic(PublicKey key) {
        return bcPublic(key).getEncoded();
    }
}
