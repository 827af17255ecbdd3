// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FederatedSumTest {
    private static final AggregateQuery QUERY = AggregateQuery.of("person", List.of(Dimension.SEX), Epsilon.of(1));
    private static final CellKey F = CellKey.of("female");
    private static final CellKey M = CellKey.of("male");

    private static AggregateAnswer answer(AggregateQuery query, CellResult... cells) {
        var grant = new BudgetGrant("iom", BudgetPeriod.containing(Instant.EPOCH, Duration.ofDays(1)), 1, 4);
        return new AggregateAnswer(query, 1, 5, 1.84, 4, grant, Instant.EPOCH, List.of(cells));
    }

    @Test
    void combine_addsValuesAndVariances_andWidensTheIntervalByTheNormalApproximation() {
        var a = answer(QUERY, new CellResult.Released(F, 10, 6, 14, 2.0), new CellResult.Released(M, 7, 3, 11, 2.0));
        var b = answer(QUERY, new CellResult.Released(F, 21, 17, 25, 2.0), new CellResult.Suppressed(M));
        var c = answer(QUERY, new CellResult.Released(F, 5, 1, 9, 4.0), new CellResult.Suppressed(M));

        var sum = FederatedSum.combine(QUERY, Map.of("a", a, "b", b, "c", c), Map.of("d", "timeout"));

        var female = (CellResult.Released) sum.cells().stream().filter(x -> x.key().equals(F)).findFirst().orElseThrow();
        assertThat(female.value()).isEqualTo(36);
        assertThat(female.variance()).isEqualTo(8.0);
        assertThat(female.high() - female.value()).isEqualTo((long) Math.ceil(1.959963984540054 * Math.sqrt(8.0)));
        var male = (CellResult.Released) sum.cells().stream().filter(x -> x.key().equals(M)).findFirst().orElseThrow();
        assertThat(male).as("released by one node only: that node's exact interval")
                .isEqualTo(new CellResult.Released(M, 7, 3, 11, 2.0));
        assertThat(sum.suppressedAt()).containsEntry(M, List.of("b", "c")).doesNotContainKey(F);
        assertThat(sum.answered()).containsExactly("a", "b", "c");
        assertThat(sum.failed()).containsEntry("d", "timeout");
    }

    @Test
    void combine_entrySuppressedEverywhere_staysSuppressed_andAnswersToAnotherQueryAreNotSummed() {
        var other = AggregateQuery.of("report", List.of(Dimension.SEX), Epsilon.of(1));
        var sum = FederatedSum.combine(QUERY, Map.of(
                "a", answer(QUERY, new CellResult.Suppressed(F)),
                "b", answer(other, new CellResult.Released(F, 50, 46, 54, 2.0))), Map.of());
        assertThat(sum.cells()).containsExactly(new CellResult.Suppressed(F));
        assertThat(sum.failed()).containsOnlyKeys("b");
        assertThat(sum.answered()).containsExactly("a");
        assertThat(sum.suppressedAt()).isEmpty();
    }
}
