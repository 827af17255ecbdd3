// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.lifeline.node.aggregates.AggregateAnswer;
import org.lifeline.node.aggregates.AggregateQuery;
import org.lifeline.node.aggregates.BudgetGrant;
import org.lifeline.node.aggregates.BudgetPeriod;
import org.lifeline.node.aggregates.CellKey;
import org.lifeline.node.aggregates.CellResult;
import org.lifeline.node.aggregates.Dimension;
import org.lifeline.node.aggregates.Epsilon;
import org.lifeline.node.aggregates.FederatedSum;

class ExportTest {
    private static final AggregateQuery QUERY = AggregateQuery.of("report",
            List.of(Dimension.ADMIN1, Dimension.SEX, Dimension.AGE_BAND), Epsilon.of(1));
    private static final AggregateAnswer ANSWER = new AggregateAnswer(QUERY, 5, 5, 2.5, 5,
            new BudgetGrant("iom", BudgetPeriod.containing(Instant.EPOCH, Duration.ofDays(1)), 1_000_000, 4_000_000),
            Instant.parse("2026-03-01T10:00:00Z"), List.of(
                    new CellResult.Released(CellKey.of("XH-1", "female", "0-4"), 12, 7, 17, 2.5),
                    new CellResult.Suppressed(CellKey.of("XH-1", "male", "0-4")),
                    new CellResult.Released(CellKey.of("XH-1", "female", "60+"), 9, 4, 14, 2.5),
                    new CellResult.Released(CellKey.of("XH-1", "*", "*"), 40, 35, 45, 2.5),
                    new CellResult.Released(CellKey.of("*", "female", "0-4"), 30, 25, 35, 2.5)));

    @Test
    void hxlCsv_putsSexAndAgeIntoAffectedAttributes_andLeavesSuppressedEntriesEmpty() throws Exception {
        StringBuilder out = new StringBuilder();
        HxlCsv.write(ANSWER, out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(out.toString())).getRecords();

        assertThat(rows.get(1).toList()).containsExactly("#adm1+code",
                "#affected+f+age0_4", "#affected+f+age0_4+min", "#affected+f+age0_4+max",
                "#affected+m+age0_4", "#affected+m+age0_4+min", "#affected+m+age0_4+max",
                "#affected+f+age60plus", "#affected+f+age60plus+min", "#affected+f+age60plus+max",
                "#affected", "#affected+min", "#affected+max");
        assertThat(rows.get(2).toList()).containsExactly("XH-1", "12", "7", "17", "", "", "", "9", "4", "14",
                "40", "35", "45");
        assertThat(rows.get(3).toList()).containsExactly(HxlCsv.ALL, "30", "25", "35", "", "", "", "", "", "",
                "", "", "");
        assertThat(rows).hasSize(4);
    }

    @Test
    void json_answer_listsReleasedWithIntervalsAndSuppressedWithoutAnyCount() throws Exception {
        StringWriter out = new StringWriter();
        AggregateJson.write(ANSWER, out);
        JsonObject json = JSON.parse(out.toString());

        assertThat(json.getString("recordType")).isEqualTo("report");
        assertThat(json.getString("budgetSpent")).isEqualTo("1");
        assertThat(json.get("cells").getAsArray()).hasSize(5);
        JsonObject first = json.get("cells").getAsArray().get(0).getAsObject();
        assertThat(first.getObj("key").getString("age-band")).isEqualTo("0-4");
        assertThat(first.get("value").getAsNumber().value().longValue()).isEqualTo(12);
        JsonObject suppressed = json.get("cells").getAsArray().get(1).getAsObject();
        assertThat(suppressed.getString("status")).isEqualTo("suppressed");
        assertThat(suppressed.keys()).containsExactlyInAnyOrder("key", "status");
    }

    @Test
    void json_combined_namesAnsweringFailedAndPartialNodes() throws Exception {
        var combined = FederatedSum.combine(QUERY, Map.of("a", ANSWER, "b", ANSWER), Map.of("c", "timeout"));
        StringWriter out = new StringWriter();
        AggregateJson.write(combined, out);
        JsonObject json = JSON.parse(out.toString());
        assertThat(json.get("answered").getAsArray()).extracting(v -> v.getAsString().value()).containsExactly("a", "b");
        assertThat(json.getObj("failed").getString("c")).isEqualTo("timeout");
        assertThat(json.get("cells").getAsArray().get(0).getAsObject().get("value").getAsNumber().value().longValue())
                .isEqualTo(24);
    }
}
