// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Instant;

/**
 * Remembers (issuer, jti) pairs of accepted requests until they could no longer pass the expiry check anyway, so a
 * captured request cannot be played again. Implementations must be thread-safe and must survive a restart for the
 * remembered window (a restart must not reopen the replay window).
 */
public interface ReplayCache {
    boolean contains(String issuer, String jti);

    /** Records the pair until {@code keepUntil}; atomically returns false if it was already recorded (a replay). */
    boolean markIfAbsent(String issuer, String jti, Instant keepUntil);
}
