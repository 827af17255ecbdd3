// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.util.List;
import org.lifeline.node.exchangelog.NoteKeys;
import org.lifeline.node.exchangelog.VerifierKey;

/**
 * The auditor's own trust configuration, never taken from the export: the log's checkpoint key(s) (type 0x01) and the
 * witnesses whose cosignature the latest checkpoint must carry (type 0x04).
 */
public record TrustedKeys(List<VerifierKey> logKeys, List<VerifierKey> witnessKeys) {

    public TrustedKeys {
        logKeys = List.copyOf(logKeys);
        witnessKeys = List.copyOf(witnessKeys);
        if (logKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted log key is needed");
        }
        if (logKeys.stream().anyMatch(k -> k.type() != NoteKeys.TYPE_ED25519)
                || witnessKeys.stream().anyMatch(k -> k.type() != NoteKeys.TYPE_COSIGNATURE_V1)) {
            throw new IllegalArgumentException("log keys must be type 0x01 and witness keys type 0x04");
        }
    }
}
