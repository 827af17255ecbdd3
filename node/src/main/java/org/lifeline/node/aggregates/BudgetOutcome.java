// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/** Result of charging a privacy budget: a {@link BudgetGrant} or a {@link Refusal}. */
public sealed interface BudgetOutcome permits BudgetGrant, Refusal {
}
