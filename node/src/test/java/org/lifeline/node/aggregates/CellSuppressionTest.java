// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {
    private static final List<Dimension> SEX_ADMIN1 = List.of(Dimension.SEX, Dimension.ADMIN1);
    private static final List<List<String>> FM_ABC = List.of(List.of("f", "m"), List.of("A", "B", "C"));

    @Test
    void apply_rowWithOneSmallCell_suppressesItsSmallestNeighbourToo_andNoTotalRevealsIt() {
        //        A   B   C  | total
        //   f   10   3  12  |  25
        //   m   20  15  30  |  65
        CountTable table = Tables.table(SEX_ADMIN1, FM_ABC, 10, 3, 12, 20, 15, 30);
        Set<Integer> masks = AggregateEngine.releasedMasks(2, true);

        CellSuppression.Suppression s = CellSuppression.apply(table, masks, 5);

        assertThat(s.primary()).containsExactly(CellKey.of("f", "B"));
        // row f would give f/B = 25 - 10 - 12: the next-smallest cell of that row, f/A, goes too
        assertThat(s.secondary()).contains(CellKey.of("f", "A"));
        Set<CellKey> released = Tables.releasedKeys(table, masks);
        released.removeIf(s::contains);
        assertThat(Tables.derivable(table, released)).doesNotContain(CellKey.of("f", "B"))
                .noneMatch(s.secondary()::contains);
        assertThat(released).contains(CellKey.of("m", "C"), CellKey.of("*", "*"));
        assertThat(Tables.smallGroupsRevealed(table, released, 5)).isEmpty();
    }

    @Test
    void apply_smallCellHiddenOnlyBehindEmptyCells_getsAPopulatedComplement() {
        // row f: 3 in A, nobody in B or C; f/* = 3 minus nothing released would disclose "3 women, all in A-C"
        CountTable table = Tables.table(SEX_ADMIN1, FM_ABC, 3, 0, 0, 20, 15, 30);
        Set<Integer> masks = AggregateEngine.releasedMasks(2, true);
        CellSuppression.Suppression s = CellSuppression.apply(table, masks, 5);
        Set<CellKey> released = new HashSet<>(Tables.releasedKeys(table, masks));
        released.removeIf(s::contains);
        assertThat(s.primary()).contains(CellKey.of("f", "A"), CellKey.of("f", "B"), CellKey.of("f", "*"));
        // column A: total 23 minus m/A 20 would leave the 3; m/A (the smallest populated part) is withheld
        assertThat(s.secondary()).contains(CellKey.of("m", "A"));
        assertThat(Tables.smallGroupsRevealed(table, released, 5)).isEmpty();
    }

    @Test
    void apply_totalBelowK_isSuppressedWithEverythingThatWouldRevealIt() {
        CountTable table = Tables.table(SEX_ADMIN1, FM_ABC, 1, 0, 0, 2, 0, 1);
        CellSuppression.Suppression s = CellSuppression.apply(table, AggregateEngine.releasedMasks(2, true), 5);
        assertThat(s.primary()).contains(CellKey.of("*", "*"), CellKey.of("f", "*"), CellKey.of("m", "A"));
    }

    @Test
    void apply_withoutTotals_suppressesOnlySmallCells() {
        CountTable table = Tables.table(SEX_ADMIN1, FM_ABC, 10, 3, 12, 20, 15, 30);
        CellSuppression.Suppression s = CellSuppression.apply(table, AggregateEngine.releasedMasks(2, false), 5);
        assertThat(s.primary()).containsExactly(CellKey.of("f", "B"));
        assertThat(s.secondary()).isEmpty();
    }

    @Test
    void apply_threeWayTable_usesUnreleasedOneWayTotalsAsAReaderWould() {
        List<Dimension> dims = List.of(Dimension.SEX, Dimension.ADMIN1, Dimension.REPORT_STATUS);
        List<List<String>> domains = List.of(List.of("f", "m"), List.of("A", "B"), List.of("x", "y"));
        CountTable table = Tables.table(dims, domains, 9, 8, 7, 2, 11, 12, 13, 14);
        Set<Integer> masks = AggregateEngine.releasedMasks(3, true);
        CellSuppression.Suppression s = CellSuppression.apply(table, masks, 5);
        Set<CellKey> released = new HashSet<>(Tables.releasedKeys(table, masks));
        released.removeIf(s::contains);
        assertThat(s.primary()).containsExactly(CellKey.of("f", "B", "y"));
        assertThat(Tables.derivable(table, released)).noneMatch(s.primary()::contains)
                .noneMatch(s.secondary()::contains);
    }

    @Test
    void relations_eachTotalIsTheSumOfItsParts() {
        CountTable table = Tables.table(SEX_ADMIN1, FM_ABC, 10, 3, 12, 20, 15, 30);
        // 2 row totals + 3 column totals, each summed one way; the grand total summed two ways
        assertThat(table.relations()).hasSize(2 + 3 + 2);
        for (List<CellKey> relation : table.relations()) {
            long parts = relation.subList(1, relation.size()).stream().mapToLong(table::count).sum();
            assertThat(table.count(relation.getFirst())).isEqualTo(parts);
        }
        assertThat(table.count(CellKey.of("*", "*"))).isEqualTo(90);
    }
}
