// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Instant;

/** The claims every envelope has, so issuer, signature, audience and freshness rules apply to both kinds. */
public interface SignedClaims {
    String iss();

    String aud();

    Instant iat();

    String jti();
}
