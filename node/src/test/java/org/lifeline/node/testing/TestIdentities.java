// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.testing;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.lifeline.node.keys.NodeIdentity;

/** Deterministic node identities for tests: the same name always gives the same key pair. */
public final class TestIdentities {
    public static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private TestIdentities() {
    }

    public static NodeIdentity identity(String nodeId) {
        return NodeIdentity.generate(nodeId, T0.minus(Duration.ofDays(1)), Duration.ofDays(365), seeded(nodeId));
    }

    public static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
