// SPDX-License-Identifier: Apache-2.0
/**
 * Crisis alerts (guidelines R17, 002 L84): the alert value and its four levels, the board that accepts signed alerts,
 * applies supersession and withdrawal, and answers "which level is in force here now" for the consent engine, and the
 * CAP 1.2 export. Signing and verification (Nimbus JWS) live in {@code alerts.jws}; the board persists through a
 * {@link org.lifeline.node.journal.LineJournal}. No network code here: the lead's transport pushes and pulls.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.alerts;
