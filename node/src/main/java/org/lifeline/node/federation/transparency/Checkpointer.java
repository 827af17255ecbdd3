// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import java.time.Clock;
import java.util.Optional;
import org.lifeline.node.exchangelog.CheckpointSigner;
import org.lifeline.node.exchangelog.ExchangeLog;
import org.lifeline.node.exchangelog.SignedCheckpoint;

/**
 * Signs this node's checkpoints. A response's receipt reuses the latest checkpoint when it already covers the entry
 * and otherwise signs one of the whole current tree, so concurrent responses committed in one group share one
 * checkpoint (one signature and one stored note, not one per exchange). Serialised, so stored checkpoints never
 * shrink.
 */
public final class Checkpointer {
    private final ExchangeLog log;
    private final CheckpointSigner signer;
    private final Clock clock;

    public Checkpointer(ExchangeLog log, CheckpointSigner signer, Clock clock) {
        this.log = log;
        this.signer = signer;
        this.clock = clock;
    }

    /** The log's origin line, which is also its key name. */
    public String origin() {
        return signer.keyName();
    }

    /** A checkpoint whose tree holds entry {@code index}; requires the entry to be appended already. */
    public synchronized SignedCheckpoint covering(long index) {
        Optional<SignedCheckpoint> latest = latest();
        if (latest.isPresent() && latest.get().size() > index) {
            return latest.get();
        }
        return log.checkpoint(origin(), signer, clock);
    }

    /** Signs a new checkpoint if the log grew since the latest one (or none exists yet); returns the latest. */
    public synchronized SignedCheckpoint refresh() {
        Optional<SignedCheckpoint> latest = latest();
        if (latest.isPresent() && latest.get().size() == log.size()) {
            return latest.get();
        }
        return log.checkpoint(origin(), signer, clock);
    }

    public Optional<SignedCheckpoint> latest() {
        var all = log.checkpoints();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }
}
