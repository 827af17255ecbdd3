// SPDX-License-Identifier: Apache-2.0
/**
 * Durable evacuation board state: board events as JSON lines in a {@link org.lifeline.node.journal.LineJournal}
 * (fsync per event), replayed when the board opens.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.evacuation.file;
