// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Key rotation in two halves: the node makes a new identity (it signs with the new key at once), and the trust list
 * publishes the new key while older keys stay valid for verification until a chosen instant. The overlap covers
 * requests and answers in flight and peers that have not fetched the new list yet.
 */
public final class KeyRotation {
    private KeyRotation() {
    }

    /** A fresh key pair and certificate for the same node id; the caller keeps signing with the result. */
    public static NodeIdentity newIdentity(NodeIdentity current, Instant now, Duration certificateValidity,
                                           SecureRandom random) {
        return NodeIdentity.generate(current.nodeId(), now, certificateValidity, random);
    }

    /**
     * The published key set after rotating to {@code newKey}: it is valid from {@code newFrom}; every older key that
     * would outlive {@code oldUntil} now ends there. Requires {@code oldUntil >= newFrom}, so there is no instant at
     * which the node has no valid key.
     */
    public static List<SigningKey> publish(List<SigningKey> keys, Ed25519PublicKey newKey, Instant newFrom,
                                           Instant oldUntil) {
        if (oldUntil.isBefore(newFrom)) {
            throw new IllegalArgumentException("old keys must stay valid until the new key starts: "
                    + oldUntil + " < " + newFrom);
        }
        if (keys.stream().anyMatch(k -> k.key().equals(newKey))) {
            throw new IllegalArgumentException("key " + newKey.kid() + " is already published");
        }
        var rotated = new ArrayList<SigningKey>(keys.size() + 1);
        for (SigningKey old : keys) {
            boolean outlives = old.validUntil().map(oldUntil::isBefore).orElse(true);
            rotated.add(outlives && oldUntil.isAfter(old.validFrom()) ? old.endingAt(oldUntil) : old);
        }
        rotated.add(SigningKey.openEnded(newKey, newFrom));
        return List.copyOf(rotated);
    }
}
