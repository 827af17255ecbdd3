// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AggregateEngineTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final AggregatePolicy POLICY = new AggregatePolicy(5, Epsilon.of(1), Epsilon.of(2),
            Duration.ofDays(1), true);
    private static final AggregateQuery BY_SEX_AND_REGION = new AggregateQuery("person",
            List.of(Dimension.SEX, Dimension.ADMIN1), Set.of("XH-1", "XH-2", "XH-3"), Optional.empty(), Optional.empty(),
            Epsilon.of(0.5));

    /** 3 women in XH-1 (the small cell), 40 men in XH-1, 20 women and 25 men in XH-2, 30 and 35 in XH-3. */
    private static List<AggregateRow> population() {
        List<AggregateRow> rows = new ArrayList<>();
        add(rows, 3, "female", "XH-1");
        add(rows, 40, "male", "XH-1");
        add(rows, 20, "female", "XH-2");
        add(rows, 25, "male", "XH-2");
        add(rows, 30, "female", "XH-3");
        add(rows, 35, "male", "XH-3");
        add(rows, 7, "female", "XH-9");
        return rows;
    }

    private static void add(List<AggregateRow> rows, int n, String sex, String admin1) {
        for (int i = 0; i < n; i++) {
            rows.add(new AggregateRow(Map.of(Dimension.SEX, sex, Dimension.ADMIN1, admin1, Dimension.NATIONALITY, "XA"),
                    Optional.of("1990-01-01"), Optional.empty()));
        }
    }

    @Test
    void answer_cellOfThree_isNeverReleased_overManySeeds() {
        CellKey small = CellKey.of("female", "XH-1");
        for (long seed = 0; seed < 200; seed++) {
            var engine = new AggregateEngine(new InMemoryPrivacyBudgetLedger());
            var answer = (AggregateAnswer) engine.answer(BY_SEX_AND_REGION, population(), POLICY, "iom", NOW,
                    new SplittableRandom(seed));
            assertThat(answer.cells()).filteredOn(c -> c.key().equals(small))
                    .singleElement().isInstanceOf(CellResult.Suppressed.class);
            // the row total for XH-1 minus the released men of XH-1 would give the 3; one of them is withheld too
            assertThat(answer.cells()).filteredOn(c -> c.key().equals(CellKey.of("*", "XH-1"))
                            || c.key().equals(CellKey.of("male", "XH-1")))
                    .anyMatch(c -> c instanceof CellResult.Suppressed);
        }
    }

    @Test
    void answer_releasedCells_carryNoiseAndAnIntervalOfTheStatedWidth() {
        List<Long> errors = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            var answer = (AggregateAnswer) new AggregateEngine(new InMemoryPrivacyBudgetLedger())
                    .answer(BY_SEX_AND_REGION, population(), POLICY, "iom", NOW, new SplittableRandom(seed));
            var maleXh3 = (CellResult.Released) answer.cells().stream()
                    .filter(c -> c.key().equals(CellKey.of("male", "XH-3"))).findFirst().orElseThrow();
            errors.add(maleXh3.value() - 35);
            assertThat(maleXh3.high() - maleXh3.value()).isEqualTo(answer.halfWidth95());
            assertThat(answer.sensitivity()).isEqualTo(4);
        }
        assertThat(new java.util.HashSet<>(errors)).as("noise varies between answers").hasSizeGreaterThan(3);
        // Var = 2p/(1-p)^2 with p = exp(-0.5/4) is about 128: the mean of 200 errors is within 4 of 0 (5 s.e.)
        assertThat(errors.stream().mapToLong(Long::longValue).average().orElseThrow()).isBetween(-4.0, 4.0);
    }

    @Test
    void answer_rowsOutsideTheAreaAreNotCounted_andTheAreaIsTheListedRegions() {
        var answer = (AggregateAnswer) new AggregateEngine(new InMemoryPrivacyBudgetLedger())
                .answer(BY_SEX_AND_REGION, population(), POLICY, "iom", NOW, new SplittableRandom(1));
        assertThat(answer.cells()).extracting(c -> c.key().values().get(1)).containsOnly("XH-1", "XH-2", "XH-3", "*");
        assertThat(answer.cells()).extracting(c -> c.key().values().get(0))
                .contains("female", "male", "other", "unknown", "*");
    }

    @Test
    void answer_repeatedQueries_exhaustTheBudgetAndAreRefusedWithTheAmounts() {
        var ledger = new InMemoryPrivacyBudgetLedger();
        var engine = new AggregateEngine(ledger);
        for (int i = 0; i < 4; i++) {
            assertThat(engine.answer(BY_SEX_AND_REGION, population(), POLICY, "iom", NOW, new SplittableRandom(i)))
                    .isInstanceOf(AggregateAnswer.class);
        }
        var refused = engine.answer(BY_SEX_AND_REGION, population(), POLICY, "iom", NOW, new SplittableRandom(9));
        assertThat(refused).isEqualTo(new Refusal(Refusal.BUDGET, "budget exhausted: spent 2 of 2 for period "
                + "2026-03-01T00:00:00Z/PT24H; this query asks for 0.5"));
        // other recipients and the next period have their own budget
        assertThat(engine.answer(BY_SEX_AND_REGION, population(), POLICY, "unhcr", NOW, new SplittableRandom(9)))
                .isInstanceOf(AggregateAnswer.class);
        assertThat(engine.answer(BY_SEX_AND_REGION, population(), POLICY, "iom", NOW.plus(Duration.ofDays(1)),
                new SplittableRandom(9))).isInstanceOf(AggregateAnswer.class);
    }

    @Test
    void answer_moreEpsilonThanPolicyAllows_isRefusedAndCostsNothing() {
        var ledger = new InMemoryPrivacyBudgetLedger();
        var greedy = new AggregateQuery("person", List.of(Dimension.SEX), Set.of(), Optional.empty(), Optional.empty(),
                Epsilon.of(1.5));
        var outcome = new AggregateEngine(ledger).answer(greedy, population(), POLICY, "iom", NOW, new SplittableRandom(1));
        assertThat(outcome).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo(Refusal.EPSILON));
        assertThat(ledger.spentMicros("iom", BudgetPeriod.containing(NOW, Duration.ofDays(1)))).isZero();
    }

    @Test
    void answer_openDimension_mergesRareValuesIntoOther() {
        List<AggregateRow> rows = new ArrayList<>(population());
        rows.add(new AggregateRow(Map.of(Dimension.NATIONALITY, "XZ"), Optional.empty(), Optional.empty()));
        var query = AggregateQuery.of("person", List.of(Dimension.NATIONALITY), Epsilon.of(1));
        var answer = (AggregateAnswer) new AggregateEngine(new InMemoryPrivacyBudgetLedger())
                .answer(query, rows, POLICY, "iom", NOW, new SplittableRandom(1));
        assertThat(answer.cells()).extracting(c -> c.key().values().getFirst())
                .containsExactly("XA", "other", "unknown", "*");
    }
}
