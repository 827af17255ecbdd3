// SPDX-License-Identifier: Apache-2.0
/**
 * Evacuation requests and offers (guidelines R25-R28) and the capacity board after Sahana's request/commit model:
 * offers, ranked matching that explains misfits, and seat holds that expire, commit, fulfil or release without ever
 * overbooking. Pure and thread-safe; the board persists through a {@link org.lifeline.node.evacuation.BoardJournal}
 * whose JSON-lines implementation is in {@code evacuation.file}. No network code: the transport calls in.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.evacuation;
