// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed-note verifier key ("vkey", https://c2sp.org/signed-note "Verifier keys"):
 * {@code <name>+hex(key ID)+base64(type || public key)}. Supported types: Ed25519 (0x01) for log checkpoints and
 * timestamped Ed25519 cosignatures (0x04) for witnesses. Parsing recomputes the key id and refuses a mismatch.
 */
public record VerifierKey(String keyName, byte type, byte[] publicKey) {

    public VerifierKey {
        NoteKeys.checkKeyName(keyName);
        if (type != NoteKeys.TYPE_ED25519 && type != NoteKeys.TYPE_COSIGNATURE_V1) {
            throw new IllegalArgumentException("unsupported signature type " + type);
        }
        Ed25519.publicKey(publicKey);
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public int keyId() {
        return NoteKeys.keyId(keyName, type, publicKey);
    }

    public String format() {
        byte[] material = new byte[1 + publicKey.length];
        material[0] = type;
        System.arraycopy(publicKey, 0, material, 1, publicKey.length);
        return keyName + "+" + String.format("%08x", keyId()) + "+" + Base64.getEncoder().encodeToString(material);
    }

    public static Parsed<VerifierKey> parse(String vkey) {
        // at most three parts: the name and hex id hold no '+', but the base64 key material may
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3 || parts[1].length() != 8) {
            return Parsed.refused("vkey.malformed: expected name+hex8+base64");
        }
        try {
            byte[] material = Base64.getDecoder().decode(parts[2]);
            if (material.length < 2) {
                return Parsed.refused("vkey.malformed: no key material");
            }
            var key = new VerifierKey(parts[0], material[0], Arrays.copyOfRange(material, 1, material.length));
            int declared = HexFormat.fromHexDigits(parts[1]);
            return declared == key.keyId() ? Parsed.ok(key) : Parsed.refused("vkey.key-id-mismatch: " + parts[1]);
        } catch (IllegalArgumentException e) {
            return Parsed.refused("vkey.malformed: " + e.getMessage());
        }
    }

    /** The verifier for this key's signature type. */
    public NoteVerifier verifier() {
        return new Ed25519Verifier(keyName, type, publicKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifierKey k && keyName.equals(k.keyName) && type == k.type
                && Arrays.equals(publicKey, k.publicKey);
    }

    @Override
    public int hashCode() {
        return keyName.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return format();
    }
}
