// SPDX-License-Identifier: Apache-2.0
/**
 * Signed federation envelopes (JWS/JWT with Nimbus, EdDSA over Bouncy Castle): the request a node sends to one peer,
 * the response that peer signs and binds to that request, their signers, and the verifiers that fail closed and
 * report every reason as a stable {@link org.lifeline.node.federation.RejectionCode}. Each check is one small rule
 * class (like EDC's token rules). The replay cache contract lives here; its file store in {@code envelope.file}.
 * Query payloads are opaque JSON here: the node's handlers give them meaning.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.federation.envelope;
