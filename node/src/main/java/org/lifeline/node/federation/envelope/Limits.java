// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Duration;

/**
 * Bounds the verifiers enforce. {@code maxLifetime} caps exp - iat, which also bounds how long the replay cache must
 * remember a jti; {@code leeway} absorbs clock skew between nodes for iat and exp (RFC 7519 §4.1.4 "small leeway");
 * the character limits refuse oversized input before any parsing.
 */
public record Limits(Duration maxLifetime, Duration leeway, int maxRequestChars, int maxResponseChars) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(120), Duration.ofSeconds(5), 256 * 1024,
            16 * 1024 * 1024);

    public Limits {
        if (maxLifetime.isNegative() || maxLifetime.isZero() || leeway.isNegative()
                || leeway.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("need 0 <= leeway <= maxLifetime and maxLifetime > 0");
        }
        if (maxRequestChars <= 0 || maxResponseChars <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }
}
