// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.lifeline.node.aggregates.AggregateAnswer;
import org.lifeline.node.aggregates.AggregateQuery;
import org.lifeline.node.aggregates.CellKey;
import org.lifeline.node.aggregates.CellResult;
import org.lifeline.node.aggregates.CombinedAnswer;
import org.lifeline.node.aggregates.Epsilon;
import org.lifeline.node.aggregates.ReleasedTable;

/**
 * Released tables as JSON. Every entry has {@code key} (dimension slug → value, {@code "*"} for a dimension summed
 * over) and {@code status}: {@code "released"} with {@code value}, {@code low}, {@code high} (95% interval) and
 * {@code variance}, or {@code "suppressed"} with nothing else. A node's answer adds how it was protected; a combined
 * answer adds which nodes answered, failed, or suppressed an entry.
 */
public final class AggregateJson {
    private static final JsonFactory JSON = new JsonFactory();

    private AggregateJson() {
    }

    public static void write(AggregateAnswer answer, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            query(json, answer.query());
            json.writeNumberField("sensitivity", answer.sensitivity());
            json.writeNumberField("minCellSize", answer.minCellSize());
            json.writeNumberField("noiseVariance", answer.noiseVariance());
            json.writeNumberField("halfWidth95", answer.halfWidth95());
            json.writeStringField("budgetPeriod", answer.budget().period().label());
            json.writeStringField("budgetSpent", Epsilon.format(answer.budget().spentMicros()));
            json.writeStringField("budget", Epsilon.format(answer.budget().budgetMicros()));
            json.writeStringField("answeredAt", answer.answeredAt().toString());
            cells(json, answer);
            json.writeEndObject();
        }
    }

    public static void write(CombinedAnswer answer, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            query(json, answer.query());
            json.writeArrayFieldStart("answered");
            for (String node : answer.answered()) {
                json.writeString(node);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("failed");
            for (Map.Entry<String, String> failure : answer.failed().entrySet()) {
                json.writeStringField(failure.getKey(), failure.getValue());
            }
            json.writeEndObject();
            cells(json, answer);
            json.writeObjectFieldStart("suppressedAt");
            for (Map.Entry<CellKey, List<String>> partial : answer.suppressedAt().entrySet()) {
                json.writeArrayFieldStart(partial.getKey().toString());
                for (String node : partial.getValue()) {
                    json.writeString(node);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void query(JsonGenerator json, AggregateQuery query) throws IOException {
        json.writeStringField("recordType", query.recordType());
        json.writeArrayFieldStart("groupBy");
        for (var d : query.groupBy()) {
            json.writeString(d.slug());
        }
        json.writeEndArray();
        json.writeStringField("epsilon", query.epsilon().toString());
    }

    private static void cells(JsonGenerator json, ReleasedTable table) throws IOException {
        json.writeArrayFieldStart("cells");
        for (CellResult cell : table.cells()) {
            json.writeStartObject();
            json.writeObjectFieldStart("key");
            for (int i = 0; i < table.dimensions().size(); i++) {
                json.writeStringField(table.dimensions().get(i).slug(), cell.key().values().get(i));
            }
            json.writeEndObject();
            if (cell instanceof CellResult.Released r) {
                json.writeStringField("status", "released");
                json.writeNumberField("value", r.value());
                json.writeNumberField("low", r.low());
                json.writeNumberField("high", r.high());
                json.writeNumberField("variance", r.variance());
            } else {
                json.writeStringField("status", "suppressed");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
