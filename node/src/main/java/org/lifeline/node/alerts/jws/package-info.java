// SPDX-License-Identifier: Apache-2.0
/**
 * Alerts as compact JWS (Nimbus, EdDSA over the node key from {@code keys}): the claims mapping, the signer and the
 * trust-list verifier the {@link org.lifeline.node.alerts.AlertBoard} is given. Nimbus stays in this sub-package.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.alerts.jws;
