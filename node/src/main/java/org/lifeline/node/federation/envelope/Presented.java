// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Optional;
import org.lifeline.node.federation.Member;
import org.lifeline.node.keys.CertificateFingerprint;

/**
 * Everything a rule may look at, gathered once per envelope: its decoded (not yet trusted) claims, the parsed JWS,
 * the issuer's entry on the currently valid trust list (empty if none), the time of the check and, for requests, the
 * fingerprint of the mTLS client certificate the envelope arrived with.
 */
public record Presented<C extends SignedClaims>(C claims, SignedJWT jws, Optional<Member> issuer, Instant now,
                                               Optional<CertificateFingerprint> tlsPeer) {
}
