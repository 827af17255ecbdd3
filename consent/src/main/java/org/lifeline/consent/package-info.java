// SPDX-License-Identifier: Apache-2.0
/**
 * The consent and firewall engine's public face: {@link org.lifeline.consent.ConsentEngine#decide} takes a
 * {@link org.lifeline.consent.model.DisclosureRequest} and a {@link org.lifeline.consent.model.RecordView} and returns a
 * {@link org.lifeline.consent.Disclosure} with one {@link org.lifeline.consent.FieldDecision} per field. Everything
 * outside {@code consent.rdf} imports only {@code java.*} (ArchUnit-checked): no IO, no clock, no framework.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.consent;
