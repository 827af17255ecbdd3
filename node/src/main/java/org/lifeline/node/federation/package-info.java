// SPDX-License-Identifier: Apache-2.0
/**
 * The federation's membership: the signed trust list (who is in, with which roles, endpoint, TLS certificate and
 * signing keys, valid when), its canonical JSON and JWS form, the verifier that refuses bad signatures, stale lists
 * and rollbacks, and the pure operations the CLI wires (create, add, revoke, renew, show). Also the verdict type all
 * federation checks return: accepted with a value, or rejected with every reason as a stable code.
 * Envelopes live in {@code federation.envelope}; no HTTP or framework types belong here.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.federation;
