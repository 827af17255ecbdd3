// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.time.Instant;
import java.util.Optional;

/**
 * A public signing key as a trust list publishes it: usable for verification from {@code validFrom} (inclusive) until
 * {@code validUntil} (exclusive), or open-ended. Rotation gives an old key a {@code validUntil} instead of removing it,
 * so answers signed before the switch still verify.
 */
public record SigningKey(Ed25519PublicKey key, Instant validFrom, Optional<Instant> validUntil) {
    public SigningKey {
        if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
            throw new IllegalArgumentException("signing key " + key.kid() + " must end after it starts");
        }
    }

    public static SigningKey openEnded(Ed25519PublicKey key, Instant validFrom) {
        return new SigningKey(key, validFrom, Optional.empty());
    }

    public String kid() {
        return key.kid();
    }

    public boolean validAt(Instant instant) {
        return !instant.isBefore(validFrom) && validUntil.map(instant::isBefore).orElse(true);
    }

    public SigningKey endingAt(Instant until) {
        return new SigningKey(key, validFrom, Optional.of(until));
    }
}
