// SPDX-License-Identifier: Apache-2.0
/**
 * Append-only journals of text lines that boards (alerts, evacuation capacity) replay on start. The contract: a line
 * is durable when {@code append} returns, and a crash can lose at most a line whose {@code append} had not returned.
 * The file implementation lives in {@code journal.file}; here only the contract and an in-memory journal for tests.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.journal;
