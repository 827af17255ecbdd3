// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregateQueryTest {
    private static final Epsilon ONE = Epsilon.of(1);

    @Test
    void constructor_rejectsEachBadFieldNamingIt() {
        List<Dimension> sex = List.of(Dimension.SEX);
        assertThatThrownBy(() -> AggregateQuery.of("alert", sex, ONE)).hasMessageStartingWith("recordType");
        assertThatThrownBy(() -> AggregateQuery.of("person", List.of(), ONE)).hasMessageStartingWith("groupBy");
        assertThatThrownBy(() -> AggregateQuery.of("person", List.of(Dimension.SEX, Dimension.ADMIN1,
                Dimension.AGE_BAND, Dimension.NATIONALITY), ONE)).hasMessageStartingWith("groupBy");
        assertThatThrownBy(() -> AggregateQuery.of("person", List.of(Dimension.SEX, Dimension.SEX), ONE))
                .hasMessageStartingWith("groupBy");
        assertThatThrownBy(() -> new AggregateQuery("person", sex, Set.of("Region 3"), Optional.empty(),
                Optional.empty(), ONE)).hasMessageStartingWith("admin1");
        assertThatThrownBy(() -> new AggregateQuery("person", sex, Set.of(), Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2026, 1, 1)), ONE)).hasMessageStartingWith("from");
        assertThatThrownBy(() -> Epsilon.of(0)).hasMessageStartingWith("epsilon");
        assertThatThrownBy(() -> Epsilon.of(Double.NaN)).hasMessageStartingWith("epsilon");
        assertThatThrownBy(() -> Epsilon.of(101)).hasMessageStartingWith("epsilon");
    }

    @Test
    void admits_filtersByAreaAndReferenceDate_andRowsWithoutDateFailADateFilter() {
        var query = new AggregateQuery("report", List.of(Dimension.SEX), Set.of("XH-1", "XH-2"),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2026, 1, 31)), ONE);
        assertThat(query.admits(row("XH-1", LocalDate.of(2026, 1, 31)))).isTrue();
        assertThat(query.admits(row("XH-3", LocalDate.of(2026, 1, 15)))).isFalse();
        assertThat(query.admits(row("XH-2", LocalDate.of(2026, 2, 1)))).isFalse();
        assertThat(query.admits(new AggregateRow(Map.of(Dimension.ADMIN1, "XH-1"), Optional.empty(), Optional.empty())))
                .isFalse();
    }

    private static AggregateRow row(String admin1, LocalDate date) {
        return new AggregateRow(Map.of(Dimension.ADMIN1, admin1), Optional.empty(), Optional.of(date));
    }
}
