// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statistical checks of the sampler against the closed form P(X = x) = (1-p)/(1+p)·p^|x|, p = exp(-ε/Δ). Seeded, so
 * deterministic; tolerances are about 5 standard errors of each estimate, so a correct sampler passes for any seed
 * while a wrong parameter (e.g. ε/Δ inverted, or a factor 2 in the variance) fails by far more.
 */
class DiscreteLaplaceTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest
    @CsvSource({"0.5, 1", "1, 1", "2, 1", "1, 4"})
    void sample_meanVarianceAndTail_matchClosedForm(double epsilon, int sensitivity) {
        DiscreteLaplace noise = new DiscreteLaplace(Epsilon.of(epsilon), sensitivity);
        SplittableRandom random = new SplittableRandom(42);
        long[] draws = new long[DRAWS];
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = noise.sample(random);
            sum += draws[i];
        }
        double mean = sum / DRAWS;
        double variance = 0;
        for (long x : draws) {
            variance += (x - mean) * (x - mean);
        }
        variance /= DRAWS - 1;
        double p = Math.exp(-epsilon / sensitivity);
        double expectedVariance = 2 * p / ((1 - p) * (1 - p));
        assertThat(noise.variance()).isCloseTo(expectedVariance, within(1e-9));
        assertThat(mean).isCloseTo(0, within(5 * Math.sqrt(expectedVariance / DRAWS)));
        // the variance of a sample variance is about (kurtosis - 1)·σ⁴/n; discrete Laplace kurtosis is below 6 + 1
        assertThat(variance).isCloseTo(expectedVariance, within(5 * expectedVariance * Math.sqrt(6.0 / DRAWS)));
        for (long t : new long[] {1, 2, 5, 10}) {
            long beyond = java.util.Arrays.stream(draws).filter(x -> Math.abs(x) >= t).count();
            double expected = 2 * Math.pow(p, t) / (1 + p);
            assertThat(noise.tail(t)).isCloseTo(expected, within(1e-12));
            assertThat(beyond / (double) DRAWS).as("P(|X| >= %d)", t)
                    .isCloseTo(expected, within(5 * Math.sqrt(expected * (1 - expected) / DRAWS) + 1e-4));
        }
    }

    @Test
    void sample_pointProbabilities_matchClosedFormAndAreSymmetric() {
        DiscreteLaplace noise = new DiscreteLaplace(Epsilon.of(1), 1);
        SplittableRandom random = new SplittableRandom(7);
        int[] counts = new int[41];
        for (int i = 0; i < DRAWS; i++) {
            long x = noise.sample(random);
            if (Math.abs(x) <= 20) {
                counts[(int) x + 20]++;
            }
        }
        double p = Math.exp(-1);
        for (int x = -6; x <= 6; x++) {
            double expected = (1 - p) / (1 + p) * Math.pow(p, Math.abs(x));
            assertThat(counts[x + 20] / (double) DRAWS).as("P(X = %d)", x)
                    .isCloseTo(expected, within(5 * Math.sqrt(expected / DRAWS)));
        }
        // no holes in the support: floating-point Laplace samplers skip values (Mironov 2012); this one cannot
        for (int x = -8; x <= 8; x++) {
            assertThat(counts[x + 20]).as("draws of %d", x).isPositive();
        }
    }

    @Test
    void halfWidth95_coversAtLeast95PercentAndIsTheSmallestSuch() {
        DiscreteLaplace noise = new DiscreteLaplace(Epsilon.of(0.5), 2);
        long h = noise.halfWidth95();
        assertThat(noise.tail(h + 1)).isLessThanOrEqualTo(0.05);
        assertThat(noise.tail(h)).isGreaterThan(0.05);
        SplittableRandom random = new SplittableRandom(3);
        long inside = java.util.stream.LongStream.range(0, DRAWS).filter(i -> Math.abs(noise.sample(random)) <= h).count();
        assertThat(inside / (double) DRAWS).isGreaterThan(0.945);
    }

    @Test
    void bernoulliExpMinus_hasProbabilityExpMinusGamma() {
        SplittableRandom random = new SplittableRandom(11);
        for (long[] gamma : new long[][] {{0, 1}, {1, 3}, {1, 1}, {7, 10}}) {
            long hits = java.util.stream.LongStream.range(0, DRAWS)
                    .filter(i -> DiscreteLaplace.bernoulliExpMinus(gamma[0], gamma[1], random)).count();
            double expected = Math.exp(-(double) gamma[0] / gamma[1]);
            assertThat(hits / (double) DRAWS).isCloseTo(expected, within(5 * Math.sqrt(0.25 / DRAWS)));
        }
    }

    @Test
    void sample_drawsOnlyBoundedIntegers_neverFloatingPoint() {
        RandomGenerator integersOnly = new IntegersOnly(new SplittableRandom(5));
        DiscreteLaplace noise = new DiscreteLaplace(Epsilon.of(0.7), 3);
        for (int i = 0; i < 10_000; i++) {
            noise.sample(integersOnly);
        }
    }

    /** Fails any draw other than a bounded integer, so the sampler cannot use nextDouble, Gaussian or exponential. */
    private record IntegersOnly(SplittableRandom delegate) implements RandomGenerator {
        @Override
        public long nextLong() {
            throw new AssertionError("unbounded nextLong is not used by the sampler");
        }

        @Override
        public long nextLong(long bound) {
            return delegate.nextLong(bound);
        }

        @Override
        public double nextDouble() {
            throw new AssertionError("floating-point draw");
        }

        @Override
        public float nextFloat() {
            throw new AssertionError("floating-point draw");
        }

        @Override
        public double nextGaussian() {
            throw new AssertionError("floating-point draw");
        }

        @Override
        public double nextExponential() {
            throw new AssertionError("floating-point draw");
        }
    }
}
