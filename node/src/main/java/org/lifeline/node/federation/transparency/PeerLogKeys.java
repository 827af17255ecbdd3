// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import java.util.List;
import java.util.Optional;
import org.lifeline.node.exchangelog.NoteSignature;
import org.lifeline.node.exchangelog.SignedNote;
import org.lifeline.node.exchangelog.VerifierKey;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.keys.LogKeys;
import org.lifeline.node.keys.SigningKey;

/**
 * A member's log and witness verifier keys, derived from the signing keys its trust-list entry publishes (every key
 * it lists, so checkpoints signed before a key rotation still verify).
 */
public final class PeerLogKeys {
    private PeerLogKeys() {
    }

    public static List<VerifierKey> logKeys(Member member) {
        return member.signingKeys().stream().map(SigningKey::key).map(k -> LogKeys.logKey(member.nodeId(), k)).toList();
    }

    public static List<VerifierKey> witnessKeys(Member member) {
        return member.signingKeys().stream().map(SigningKey::key)
                .map(k -> LogKeys.witnessKey(member.nodeId(), k)).toList();
    }

    /**
     * The member's log key that made a signature line on {@code note}, matched by key name and id as signed-note
     * requires; empty when none of its keys did (the note is then not this member's).
     */
    public static Optional<VerifierKey> signerOf(Member member, SignedNote note) {
        return logKeys(member).stream().filter(k -> note.signatures().stream().anyMatch(s -> made(s, k))).findFirst();
    }

    /**
     * The witnesses an auditor expects on {@code logOwner}'s latest checkpoint: every other member current at
     * {@code at}, with its signing key valid then (each node witnesses with its current key).
     */
    public static List<VerifierKey> witnessesOf(TrustList trust, String logOwner, java.time.Instant at) {
        return trust.members().stream().filter(m -> !m.nodeId().equals(logOwner) && m.isCurrentAt(at))
                .flatMap(m -> m.signingKeys().stream().filter(k -> k.validAt(at)).limit(1)
                        .map(k -> LogKeys.witnessKey(m.nodeId(), k.key())))
                .toList();
    }

    private static boolean made(NoteSignature s, VerifierKey k) {
        return s.keyName().equals(k.keyName()) && s.keyId() == k.keyId();
    }
}
