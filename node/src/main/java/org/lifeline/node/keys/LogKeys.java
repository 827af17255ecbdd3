// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import org.lifeline.node.exchangelog.NoteKeys;
import org.lifeline.node.exchangelog.VerifierKey;

/**
 * Names and signed-note verifier keys of a node's exchange log, derived from the Ed25519 signing key the trust list
 * already publishes for it: peers and auditors need no second key distribution to check checkpoints and cosignatures.
 */
public final class LogKeys {
    /** Prefix of every Lifeline log origin; the origin is also the key name of the log and of the node as witness. */
    public static final String ORIGIN_PREFIX = "lifeline/";

    private LogKeys() {
    }

    /** The checkpoint origin line of node {@code nodeId}'s log (https://c2sp.org/tlog-checkpoint "Note text"). */
    public static String origin(String nodeId) {
        return ORIGIN_PREFIX + NodeIdentity.requireNodeId(nodeId);
    }

    /** The verifier key (type 0x01) for checkpoints that node {@code nodeId} signed with {@code key}. */
    public static VerifierKey logKey(String nodeId, Ed25519PublicKey key) {
        return new VerifierKey(origin(nodeId), NoteKeys.TYPE_ED25519, key.raw());
    }

    /** The verifier key (type 0x04) for cosignatures that node {@code nodeId} made as a witness with {@code key}. */
    public static VerifierKey witnessKey(String nodeId, Ed25519PublicKey key) {
        return new VerifierKey(origin(nodeId), NoteKeys.TYPE_COSIGNATURE_V1, key.raw());
    }
}
