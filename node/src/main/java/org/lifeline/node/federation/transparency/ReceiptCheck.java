// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import java.util.Optional;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.Verification;
import org.lifeline.node.exchangelog.VerifierKey;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.transparency.LogJson.EntryReceipt;
import org.lifeline.node.keys.LogKeys;

/**
 * The requester's check of a peer's receipt: the logged entry is the peer's record of answering this node, for
 * exactly the request it sent and the response it got (the hashes match), and it is a leaf of a checkpoint the
 * peer's log key signed. The requester cannot rebuild the peer's entry (counts and rule ids are the peer's), so it
 * checks the parts it knows and the Merkle inclusion of the bytes as given. Fails closed, first failure wins.
 */
public final class ReceiptCheck {
    private ReceiptCheck() {
    }

    public static Verification verify(EntryReceipt r, String self, Member peer, Hash request, Hash response) {
        ExchangeEntry e = r.entry();
        if (e.direction() != ExchangeEntry.Direction.IN || !e.peerNodeId().equals(self)) {
            return Verification.invalid("receipt.not-our-exchange", "entry " + e.direction() + " with " + e.peerNodeId());
        }
        if (!e.requestHash().equals(request)) {
            return Verification.invalid("receipt.request-hash-mismatch", "logged " + e.requestHash().hex());
        }
        if (!e.responseHash().equals(response)) {
            return Verification.invalid("receipt.response-hash-mismatch", "logged " + e.responseHash().hex());
        }
        String origin = r.receipt().checkpoint().checkpoint().origin();
        if (!origin.equals(LogKeys.origin(peer.nodeId()))) {
            return Verification.invalid("receipt.wrong-origin", "checkpoint of " + origin);
        }
        Optional<VerifierKey> key = PeerLogKeys.signerOf(peer, r.receipt().checkpoint().note());
        if (key.isEmpty()) {
            return Verification.invalid("receipt.unknown-log-key", "no signature by a key of " + peer.nodeId());
        }
        return r.receipt().verify(e, key.get().verifier());
    }
}
