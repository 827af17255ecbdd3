// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lifeline.node.aggregates.AgeBand;
import org.lifeline.node.aggregates.CellKey;
import org.lifeline.node.aggregates.CellResult;
import org.lifeline.node.aggregates.Dimension;
import org.lifeline.node.aggregates.ReleasedTable;

/**
 * A released table as HXL-tagged CSV (HXL 1.1, https://hxlstandard.org/standard/1-1final/dictionary/): a header row,
 * a hashtag row, then one row per combination of the grouped dimensions other than sex and age. Sex and age band
 * become attributes of the count columns, as HXL disaggregates {@code #affected}: {@code #affected+f+age0_4} is
 * females aged 0-4, {@code #affected+f} all females, {@code #affected} everyone; each count column is followed by its
 * 95% interval as {@code +min} and {@code +max}. A suppressed entry is left empty in all three columns; a dimension
 * summed over is written "(all)".
 */
public final class HxlCsv {
    static final String ALL = "(all)";
    private static final Map<Dimension, String> ROW_TAGS = Map.of(Dimension.NATIONALITY, "#country+code+nationality",
            Dimension.ADMIN1, "#adm1+code", Dimension.REPORT_STATUS, "#status+report",
            Dimension.REGISTRATION_STATUS, "#status+registration", Dimension.PROTECTION_STATUS, "#status+protection",
            Dimension.IMMIGRATION_STATUS, "#status+immigration", Dimension.DETENTION_STATUS, "#status+detention");
    private static final Map<String, String> SEX_ATTRIBUTES = Map.of("female", "+f", "male", "+m",
            "other", "+sex_other", "unknown", "+sex_unknown");

    private HxlCsv() {
    }

    public static void write(ReleasedTable table, Appendable out) throws IOException {
        List<Dimension> dims = table.dimensions();
        List<Integer> rowAxes = new ArrayList<>();
        List<Integer> pivotAxes = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            (ROW_TAGS.containsKey(dims.get(i)) ? rowAxes : pivotAxes).add(i);
        }
        Set<List<String>> rows = new LinkedHashSet<>();
        Set<List<String>> columns = new LinkedHashSet<>();
        Map<List<List<String>>, CellResult> byPosition = new HashMap<>();
        for (CellResult cell : table.cells()) {
            List<String> row = project(cell.key(), rowAxes);
            List<String> column = project(cell.key(), pivotAxes);
            rows.add(row);
            columns.add(column);
            byPosition.put(List.of(row, column), cell);
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            header(csv, dims, rowAxes, pivotAxes, columns);
            for (List<String> row : rows) {
                List<String> record = new ArrayList<>(row.stream().map(v -> v.equals(CellKey.TOTAL) ? ALL : v).toList());
                columns.forEach(column -> record.addAll(values(byPosition.get(List.of(row, column)))));
                csv.printRecord(record);
            }
        }
    }

    /** The label row and the HXL hashtag row. */
    private static void header(CSVPrinter csv, List<Dimension> dims, List<Integer> rowAxes, List<Integer> pivotAxes,
                               Set<List<String>> columns) throws IOException {
        List<String> labels = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        rowAxes.forEach(i -> {
            labels.add(dims.get(i).slug());
            tags.add(ROW_TAGS.get(dims.get(i)));
        });
        for (List<String> column : columns) {
            String attributes = attributes(pivotAxes.stream().map(dims::get).toList(), column);
            String label = "count" + (column.isEmpty() ? "" : " " + String.join(" ", column));
            labels.addAll(List.of(label, label + " 95% low", label + " 95% high"));
            tags.addAll(List.of("#affected" + attributes, "#affected" + attributes + "+min",
                    "#affected" + attributes + "+max"));
        }
        csv.printRecord(labels);
        csv.printRecord(tags);
    }

    private static List<String> project(CellKey key, List<Integer> axes) {
        return axes.stream().map(key.values()::get).toList();
    }

    private static List<String> values(CellResult cell) {
        if (cell instanceof CellResult.Released r) {
            return List.of(Long.toString(r.value()), Long.toString(r.low()), Long.toString(r.high()));
        }
        return List.of("", "", "");
    }

    private static String attributes(List<Dimension> pivots, List<String> values) {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < pivots.size(); i++) {
            String v = values.get(i);
            if (!v.equals(CellKey.TOTAL)) {
                attributes.append(pivots.get(i) == Dimension.SEX ? SEX_ATTRIBUTES.getOrDefault(v, "+sex_other")
                        : ageAttribute(v));
            }
        }
        return attributes.toString();
    }

    /** "0-4" gives +age0_4, "60+" gives +age60plus, as in HXL's age attributes. */
    static String ageAttribute(String label) {
        if (label.equals(AgeBand.UNKNOWN.label())) {
            return "+age_unknown";
        }
        return "+age" + label.replace("-", "_").replace("+", "plus");
    }
}
