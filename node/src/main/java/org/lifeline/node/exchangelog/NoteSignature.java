// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a C2SP signed note (https://c2sp.org/signed-note, "Format"):
 * {@code — <key name> base64(32-bit key ID || signature)}. {@code signature} excludes the key id.
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {
    static final String DASH = "\u2014 ";

    public NoteSignature {
        NoteKeys.checkKeyName(keyName);
        if (signature.length == 0) {
            throw new IllegalArgumentException("signature must not be empty");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line including its final newline. */
    public String line() {
        byte[] all = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return DASH + keyName + " " + Base64.getEncoder().encodeToString(all) + "\n";
    }

    /** Parses one line without its newline. */
    static Parsed<NoteSignature> parse(String line) {
        if (!line.startsWith(DASH)) {
            return Parsed.refused("note.bad-signature-line: missing em dash prefix");
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space <= 0 || rest.indexOf(' ', space + 1) >= 0) {
            return Parsed.refused("note.bad-signature-line: expected '<name> <base64>'");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(rest.substring(space + 1));
        } catch (IllegalArgumentException e) {
            return Parsed.refused("note.bad-signature-line: signature is not base64");
        }
        if (all.length < 5) {
            return Parsed.refused("note.bad-signature-line: signature shorter than key id + 1 byte");
        }
        try {
            return Parsed.ok(new NoteSignature(rest.substring(0, space), ByteBuffer.wrap(all).getInt(),
                    Arrays.copyOfRange(all, 4, all.length)));
        } catch (IllegalArgumentException e) {
            return Parsed.refused("note.bad-signature-line: " + e.getMessage());
        }
    }

    boolean matches(NoteVerifier verifier) {
        return keyName.equals(verifier.keyName()) && keyId == verifier.keyId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature s && keyName.equals(s.keyName) && keyId == s.keyId
                && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return keyName.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return "NoteSignature[" + keyName + "+" + String.format("%08x", keyId) + "]";
    }
}
