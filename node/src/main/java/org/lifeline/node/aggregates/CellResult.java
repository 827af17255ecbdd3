// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/**
 * What an answer says about one cell or total: a noisy count with its 95% interval, or only that it is suppressed.
 * A suppressed entry has no count field at all, so no code path can put one on the wire.
 */
public sealed interface CellResult permits CellResult.Released, CellResult.Suppressed {
    CellKey key();

    /**
     * A released count: the exact count plus noise (it may be negative or off by a few; never clamp or round it before
     * summing, or the sum becomes biased). The true count lies in [low, high] with about 95% probability;
     * {@code variance} is the variance of the noise added, for combining answers.
     */
    record Released(CellKey key, long value, long low, long high, double variance) implements CellResult {
        public Released {
            if (low > value || high < value || !(variance >= 0)) {
                throw new IllegalArgumentException("interval must contain the value and variance must be >= 0");
            }
        }
    }

    /** A count withheld because it is small or would reveal a small one. */
    record Suppressed(CellKey key) implements CellResult {
    }
}
