// SPDX-License-Identifier: Apache-2.0
/**
 * The policy model as plain immutable values: concepts (purposes, roles, legal bases, agreement kinds, generalisation
 * levels), agreements, versioned consent records with their hash chain, recipients, crisis levels, the typed record
 * view, the rule catalogue ({@link org.lifeline.consent.model.RuleId}) and the per-decision context the rules read.
 * Nothing here does IO or reads a clock; only {@code java.*} is imported.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.consent.model;
