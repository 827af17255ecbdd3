// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;

/**
 * Verifies, at the requester, a response to a request it sent: signed by a valid key of the peer the request went
 * to, addressed to this node, not issued in the future, and bound to that exact request (hash and jti).
 */
public final class ResponseVerifier {
    private final String selfNodeId;
    private final Supplier<TrustList> trustList;
    private final Clock clock;
    private final Limits limits;

    public ResponseVerifier(String selfNodeId, Supplier<TrustList> trustList, Clock clock, Limits limits) {
        this.selfNodeId = selfNodeId;
        this.trustList = trustList;
        this.clock = clock;
        this.limits = limits;
    }

    /** @param sentRequestJws the compact JWS this node sent (trusted: we made it) */
    public Verdict<ResponseEnvelope> verify(String responseJws, String sentRequestJws) {
        JWTClaimsSet sent;
        try {
            sent = SignedJWT.parse(sentRequestJws).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalArgumentException("the sent request is not a JWS this node made", e);
        }
        var rules = new ArrayList<EnvelopeRule<? super ResponseEnvelope>>(
                EnvelopeChecks.common(selfNodeId, limits.leeway()));
        rules.add(new ResponderIsPeer(sent.getAudience().getFirst()));
        rules.add(new BoundToRequest(RequestHash.of(sentRequestJws), sent.getJWTID()));
        return EnvelopeChecks.run(responseJws, limits.maxResponseChars(), EnvelopeCodec.RESPONSE_TYPE,
                EnvelopeCodec::response, trustList.get(), clock.instant(), Optional.empty(), List.copyOf(rules));
    }
}
