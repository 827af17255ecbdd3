// SPDX-License-Identifier: Apache-2.0
/**
 * Reads aggregate rows (the dimension values of each record, nothing else) from the node's TDB2 store with one SPARQL
 * query over the record graphs, inside a read transaction.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.aggregates.tdb;
