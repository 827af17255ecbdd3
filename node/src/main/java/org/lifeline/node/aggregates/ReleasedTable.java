// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.List;

/** A table as it may leave a node or be shown to an IO: dimensions and released or suppressed entries. */
public interface ReleasedTable {
    List<Dimension> dimensions();

    /** Cells first, then totals; keys use {@link CellKey#TOTAL} for summed-over dimensions. */
    List<CellResult> cells();
}
