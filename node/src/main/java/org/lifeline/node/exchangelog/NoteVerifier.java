// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

/**
 * Verifies note signature lines of one key. Signature lines are matched to a verifier by (key name, key id), as
 * https://c2sp.org/signed-note requires; a verifier must return false, never throw, for malformed signatures.
 */
public interface NoteVerifier {

    String keyName();

    int keyId();

    /** Whether {@code signature} (the line's bytes after the key id) is valid for {@code noteText}. */
    boolean verify(byte[] noteText, byte[] signature);
}
