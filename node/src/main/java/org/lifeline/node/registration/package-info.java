// SPDX-License-Identifier: Apache-2.0
/**
 * Voluntary consular registration of nationals abroad (R1-R4) on the country of origin's node: the form, the record
 * graphs it becomes (a {@code ConsularRegistration} and the {@code ConsentRecord} captured with it, both valid against
 * the vocabulary's shapes), de-registration that erases or archives per {@link RetentionPolicy}, and the local query
 * for nationals in an alert area. Writes go through {@link org.lifeline.node.store.RecordStore#putAll}.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.registration;
