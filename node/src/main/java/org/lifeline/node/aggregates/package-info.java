// SPDX-License-Identifier: Apache-2.0
/**
 * Anonymised aggregates for international organisations (issue 9, guidelines R15 and R40): an
 * {@link org.lifeline.node.aggregates.AggregateQuery} is answered by counting rows into a
 * {@link org.lifeline.node.aggregates.CountTable}, suppressing small cells and the cells and totals that would reveal
 * them ({@link org.lifeline.node.aggregates.CellSuppression}), charging the recipient's privacy budget and adding
 * exact discrete Laplace noise ({@link org.lifeline.node.aggregates.DiscreteLaplace}) to every released count. The
 * package is pure: it imports only {@code java.*}; time, randomness and the budget ledger are passed in, and storage
 * and export live in the {@code file}, {@code tdb} and {@code export} sub-packages.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.aggregates;
