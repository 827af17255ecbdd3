// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.time.Duration;
import java.time.Instant;

/** A budget period: the window [start, start + length) of fixed length, aligned to the epoch, that contains an instant. */
public record BudgetPeriod(Instant start, Duration length) {
    public BudgetPeriod {
        if (length.toSeconds() < 1) {
            throw new IllegalArgumentException("length must be at least one second");
        }
    }

    public static BudgetPeriod containing(Instant at, Duration length) {
        long seconds = length.toSeconds();
        return new BudgetPeriod(Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds), length);
    }

    /** ISO 8601 interval, e.g. "2026-03-01T00:00:00Z/PT24H". */
    public String label() {
        return start + "/" + length;
    }
}
