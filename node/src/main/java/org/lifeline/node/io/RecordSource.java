// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.io;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an input file row by row (CSV) or record by record (Turtle, JSON-LD), handing each parsed record or row
 * error to the importer. A source never stops at a bad row: it reports it and goes on.
 */
public interface RecordSource extends Closeable {
    /** Reads the next row or record; a rejected row comes with every error found in it. Returns false at end of input. */
    boolean next(Consumer<ParsedRecord> onRecord, Consumer<List<RowError>> onRejectedRow);

    /** Fraction of the input consumed so far (0..1), for progress display. */
    double progress();

    /** File-level problems that are not tied to a row (e.g. unmapped columns). */
    List<RowError> warnings();
}
