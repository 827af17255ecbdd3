// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any table, no suppressed entry can be computed from the released ones through any released total, and no
 * released total minus its released parts leaves a small group (1 to k-1 people).
 */
class CellSuppressionPropertiesTest {
    private static final List<Dimension> DIMS = List.of(Dimension.SEX, Dimension.ADMIN1, Dimension.REPORT_STATUS);

    record Case(CountTable table, int k, boolean totals) {
    }

    @Property(tries = 300)
    void suppressedEntriesNeverLeakThroughReleasedTotals(@ForAll("tables") Case c) {
        int d = c.table().dimensions().size();
        Set<Integer> masks = AggregateEngine.releasedMasks(d, c.totals());
        CellSuppression.Suppression s = CellSuppression.apply(c.table(), masks, c.k());
        Set<CellKey> all = Tables.releasedKeys(c.table(), masks);
        Set<CellKey> released = new HashSet<>(all);
        released.removeIf(s::contains);

        assertThat(all).containsAll(s.primary()).containsAll(s.secondary());
        assertThat(s.primary()).allMatch(key -> c.table().count(key) < c.k());
        assertThat(released).allMatch(key -> c.table().count(key) >= c.k());
        assertThat(Tables.derivable(c.table(), released)).noneMatch(s.primary()::contains)
                .noneMatch(s.secondary()::contains);
        assertThat(Tables.smallGroupsRevealed(c.table(), released, c.k())).isEmpty();
    }

    @Provide
    Arbitrary<Case> tables() {
        Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(3);
        return sizes.flatMap(domainSizes -> {
            int cells = domainSizes.stream().reduce(1, (a, b) -> a * b);
            // mostly small counts, so that suppression patterns are dense and varied
            Arbitrary<List<Integer>> counts = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 6)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(5, 40))).list().ofSize(cells);
            return Combinators.combine(counts, Arbitraries.integers().between(2, 6), Arbitraries.of(true, false))
                    .as((c, k, totals) -> new Case(build(domainSizes, c), k, totals));
        });
    }

    private static CountTable build(List<Integer> domainSizes, List<Integer> counts) {
        List<List<String>> domains = new ArrayList<>();
        for (int size : domainSizes) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < size; v++) {
                values.add("v" + v);
            }
            domains.add(values);
        }
        return Tables.table(DIMS.subList(0, domainSizes.size()), domains,
                counts.stream().mapToInt(Integer::intValue).toArray());
    }
}
