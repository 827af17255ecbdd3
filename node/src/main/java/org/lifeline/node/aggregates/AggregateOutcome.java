// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

/** What the engine returns for a query: an {@link AggregateAnswer} or a {@link Refusal}. */
public sealed interface AggregateOutcome permits AggregateAnswer, Refusal {
}
