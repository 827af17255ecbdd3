// SPDX-License-Identifier: Apache-2.0
/**
 * The one package of the consent module that may import Jena: loads sharing agreements and consent records from
 * Turtle ({@link org.lifeline.consent.rdf.PolicyLoader}), validating on load with problems that name the file and the
 * term at fault. The engine itself never sees RDF.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.consent.rdf;
