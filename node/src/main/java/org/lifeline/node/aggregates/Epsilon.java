// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.math.BigDecimal;

/**
 * A privacy-loss parameter ε held exactly as an integer number of millionths. Budgets are added and compared in
 * integers so that a ledger never drifts by floating-point rounding, and the noise sampler uses the same integer to
 * build its exact rational parameter ({@link DiscreteLaplace}).
 */
public record Epsilon(long micros) implements Comparable<Epsilon> {
    public static final long MICROS_PER_UNIT = 1_000_000L;
    /** Largest ε a single query or a period budget may name; beyond it the noise protects nobody. */
    public static final long MAX_MICROS = 100 * MICROS_PER_UNIT;

    public Epsilon {
        if (micros < 1 || micros > MAX_MICROS) {
            throw new IllegalArgumentException("epsilon must be between 0.000001 and 100, was " + micros + " millionths");
        }
    }

    /** ε rounded to the nearest millionth. */
    public static Epsilon of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("epsilon must be a finite number");
        }
        return new Epsilon(Math.round(value * MICROS_PER_UNIT));
    }

    public double value() {
        return micros / (double) MICROS_PER_UNIT;
    }

    /** Plain decimal form, e.g. "0.5", used in refusals, ledgers and exports. */
    public static String format(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(Epsilon other) {
        return Long.compare(micros, other.micros);
    }

    @Override
    public String toString() {
        return format(micros);
    }
}
