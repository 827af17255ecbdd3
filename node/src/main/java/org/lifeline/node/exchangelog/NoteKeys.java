// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Key ids and names of https://c2sp.org/signed-note ("Signatures": key ID = SHA-256(name || 0x0A || type || key)[:4]). */
public final class NoteKeys {
    /** Ed25519 note signature, https://c2sp.org/signed-note "Ed25519 signatures". */
    public static final byte TYPE_ED25519 = 0x01;
    /** Timestamped Ed25519 checkpoint cosignature, https://c2sp.org/tlog-cosignature. */
    public static final byte TYPE_COSIGNATURE_V1 = 0x04;

    private NoteKeys() {
    }

    public static int keyId(String keyName, byte type, byte[] publicKey) {
        checkKeyName(keyName);
        var buf = new ByteArrayOutputStream();
        buf.writeBytes(keyName.getBytes(StandardCharsets.UTF_8));
        buf.write('\n');
        buf.write(type);
        buf.writeBytes(publicKey);
        return ByteBuffer.wrap(Rfc9162.sha256(buf.toByteArray())).getInt();
    }

    /** Key names must be non-empty and contain no Unicode spaces and no '+' (signed-note "Format"). */
    static void checkKeyName(String keyName) {
        boolean bad = keyName.isEmpty() || keyName.indexOf('+') >= 0
                || keyName.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.isISOControl(c));
        if (bad) {
            throw new IllegalArgumentException("key name must be non-empty without spaces, '+' or control characters");
        }
    }
}
