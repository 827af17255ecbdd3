// SPDX-License-Identifier: Apache-2.0
/**
 * The Lifeline vocabulary as code and resources: term constants ({@link org.lifeline.vocabulary.LL}), concept schemes,
 * the ontology ({@code lifeline.ttl}), SHACL shapes ({@code shapes.ttl}) with a validator that reports violations as
 * values, the JSON-LD context and an offline JSON-LD parser setup, and example records. Depends on Jena only; holds no
 * node state and does no network IO.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.vocabulary;
