// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Outcome of one import: counts per outcome and every rejected row. A report is a value (like Jena SHACL's
 * ValidationReport); callers decide whether a failed row is fatal.
 */
public record ImportReport(String file, long rowsRead, long created, long updated, long unchanged,
                           List<RowError> errors, List<RowError> warnings, Duration elapsed) {
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public long stored() {
        return created + updated + unchanged;
    }

    public boolean allRowsImported() {
        return errors.isEmpty();
    }

    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return stored() / seconds;
    }

    public String summary() {
        return String.format("%s: %d rows read, %d created, %d updated, %d unchanged, %d rejected in %.1f s (%.0f records/s)",
                file, rowsRead, created, updated, unchanged, errors.size(), elapsed.toMillis() / 1000.0, recordsPerSecond());
    }

    /** Writes the row-level error report as CSV (file, line, field, reason) for operators to fix and re-run. */
    public void writeErrorsCsv(Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("file", "line", "field", "reason").get())) {
            for (RowError e : errors) {
                csv.printRecord(e.file(), e.line(), e.field(), e.reason());
            }
            for (RowError w : warnings) {
                csv.printRecord(w.file(), w.line(), w.field(), "warning: " + w.reason());
            }
        }
    }
}
