// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.keys.NodeIdentity;

/**
 * What this node, as a witness, last cosigned for each peer: {@code <dir>/<peer node id>.note}, the peer's signed
 * checkpoint as it was offered. Kept across restarts so a log cannot rewrite history while its witnesses restart;
 * each file is replaced atomically.
 */
public final class WitnessStore {
    private final Path dir;

    public WitnessStore(Path dir) {
        this.dir = dir;
    }

    public Optional<SignedCheckpoint> latest(String peer) throws IOException {
        Path file = file(peer);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return switch (SignedCheckpoint.parse(Files.readString(file, StandardCharsets.UTF_8))) {
            case Parsed.Ok<SignedCheckpoint> ok -> Optional.of(ok.value());
            // our own file, replaced atomically: unreadable means tampering or disk damage, never "start afresh"
            case Parsed.Refused<SignedCheckpoint> r -> throw new IOException(file + " is unreadable: " + r.reason());
        };
    }

    public void save(String peer, SignedCheckpoint seen) throws IOException {
        TextFiles.replace(file(peer), seen.format());
    }

    private Path file(String peer) {
        return dir.resolve(NodeIdentity.requireNodeId(peer) + ".note");
    }
}
