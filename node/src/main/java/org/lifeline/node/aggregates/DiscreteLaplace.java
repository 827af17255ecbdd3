// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.random.RandomGenerator;

/**
 * Exact sampler of the discrete Laplace (two-sided geometric) distribution: P(X = x) = (1-p)/(1+p) · p^|x| with
 * p = exp(-ε/Δ). Adding X to a count with sensitivity Δ gives ε-differential privacy (Ghosh, Roughgarden, Sundararajan,
 * "Universally utility-maximizing privacy mechanisms", STOC 2009).
 *
 * <p>Method: X = G1 - G2 for two independent geometric variables with P(G = g) = (1-p) p^g, each drawn with the
 * exact integer algorithm of Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential Privacy" (NeurIPS
 * 2020), Algorithm 2 steps 1-7: with ε = s/10^6 exactly ({@link Epsilon}) and t = Δ·10^6, draw U uniform in
 * {0..t-1} and accept it with probability exp(-U/t); count V = the number of Bernoulli(exp(-1)) successes before the
 * first failure; then floor((U + t·V)/s) is geometric with p = exp(-s/t). Bernoulli(exp(-γ)) for a rational γ in
 * [0, 1] is their Algorithm 1: draw Bernoulli(γ/K) for K = 1, 2, ... until one fails and answer "K is odd", where each
 * Bernoulli(a/b) is "a uniform integer below b is below a".
 *
 * <p>Why it does not leak through floating point: every draw is {@link RandomGenerator#nextLong(long)}, which is
 * exactly uniform (rejection, no modulo bias), and every step is integer arithmetic, so each output's probability is
 * exactly the closed form and the support has no holes. Textbook Laplace via {@code -b·log(u)} on doubles has both
 * defects and the noisy value can reveal the true one (Mironov, "On significance of the least significant bits for
 * differential privacy", CCS 2012). Doubles appear below only in {@link #p()}, {@link #variance()} and
 * {@link #halfWidth95()}, which describe the noise to the reader and never touch a released value.
 */
public final class DiscreteLaplace {
    private final Epsilon epsilon;
    private final int sensitivity;
    private final long t;

    public DiscreteLaplace(Epsilon epsilon, int sensitivity) {
        if (sensitivity < 1 || sensitivity > 1024) {
            throw new IllegalArgumentException("sensitivity must be between 1 and 1024");
        }
        this.epsilon = epsilon;
        this.sensitivity = sensitivity;
        this.t = sensitivity * Epsilon.MICROS_PER_UNIT;
    }

    /** One noise value. */
    public long sample(RandomGenerator random) {
        return geometric(random) - geometric(random);
    }

    private long geometric(RandomGenerator random) {
        while (true) {
            long u = random.nextLong(t);
            if (!bernoulliExpMinus(u, t, random)) {
                continue;
            }
            long v = 0;
            while (bernoulliExpMinus(1, 1, random)) {
                v++;
            }
            return (u + t * v) / epsilon.micros();
        }
    }

    /** Bernoulli(exp(-num/den)) for 0 <= num <= den, by CKS Algorithm 1. */
    static boolean bernoulliExpMinus(long num, long den, RandomGenerator random) {
        long k = 1;
        while (random.nextLong(Math.multiplyExact(den, k)) < num) {
            k++;
        }
        return (k & 1) == 1;
    }

    public Epsilon epsilon() {
        return epsilon;
    }

    public int sensitivity() {
        return sensitivity;
    }

    /** p = exp(-ε/Δ). */
    public double p() {
        return Math.exp(-epsilon.value() / sensitivity);
    }

    /** Var X = 2p/(1-p)^2. */
    public double variance() {
        double p = p();
        return 2 * p / ((1 - p) * (1 - p));
    }

    /** P(|X| >= x) = 2p^x/(1+p) for x >= 1, and 1 for x = 0. */
    public double tail(long x) {
        if (x <= 0) {
            return 1;
        }
        double p = p();
        return 2 * Math.pow(p, x) / (1 + p);
    }

    /** The smallest h with P(|X| <= h) >= 0.95: a released count lies within ±h of the true one 95% of the time. */
    public long halfWidth95() {
        long h = 0;
        while (tail(h + 1) > 0.05) {
            h++;
        }
        return h;
    }
}
