// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.keys.KeyFiles;
import org.lifeline.node.keys.NodeIdentity;

/** Creates and reads a node's identity (key pair and certificate) in its folder's {@code keys/}. */
public final class NodeKeys {
    /** Certificates are renewed by rotation well before this (docs/key-management.md). */
    public static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(730);

    private NodeKeys() {
    }

    public static NodeIdentity create(NodeSettings settings) throws IOException {
        NodeIdentity identity = NodeIdentity.generate(settings.nodeId(), Instant.now(), CERTIFICATE_VALIDITY, new SecureRandom());
        KeyFiles.create(settings.keysDir(), identity);
        return identity;
    }

    public static NodeIdentity read(NodeSettings settings) throws IOException {
        return KeyFiles.read(settings.keysDir());
    }
}
