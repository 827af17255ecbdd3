// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A SHA-256 value (32 bytes), compared by content. The array is copied in and out, so a Hash never changes. */
public record Hash(byte[] bytes) {
    public static final int LENGTH = 32;

    public Hash {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("hash must be " + LENGTH + " bytes but was " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Parses standard base64 (RFC 4648 §4), the encoding C2SP checkpoints use for root hashes. */
    public static Hash fromBase64(String text) {
        return new Hash(Base64.getDecoder().decode(text));
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
