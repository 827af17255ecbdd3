// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.lifeline.node.keys.EdDsaJwsSigner;
import org.lifeline.node.keys.NodeIdentity;

/**
 * Signs envelopes as compact JWS with this node's current key: header {@code alg=EdDSA}, {@code kid} (RFC 7638
 * thumbprint, how the receiver finds the key in the trust list) and a {@code typ} per envelope kind (RFC 8725 §3.11),
 * so a response can never be replayed as a request. Thread-safe.
 */
public final class EnvelopeSigner {
    private final String nodeId;
    private final String kid;
    private final EdDsaJwsSigner signer;

    public EnvelopeSigner(NodeIdentity identity) {
        this.nodeId = identity.nodeId();
        this.kid = identity.kid();
        this.signer = identity.jwsSigner();
    }

    public String signRequest(RequestEnvelope request) {
        requireIssuer(request.iss());
        try {
            return sign(EnvelopeCodec.claims(request), EnvelopeCodec.REQUEST_TYPE);
        } catch (ParseException e) {
            throw new IllegalArgumentException("request " + request.jti() + ": query is not a JSON object", e);
        }
    }

    public String signResponse(ResponseEnvelope response) {
        requireIssuer(response.iss());
        try {
            return sign(EnvelopeCodec.claims(response), EnvelopeCodec.RESPONSE_TYPE);
        } catch (ParseException e) {
            throw new IllegalArgumentException("response " + response.jti() + ": records/decisions not JSON arrays",
                    e);
        }
    }

    private void requireIssuer(String iss) {
        if (!nodeId.equals(iss)) {
            throw new IllegalArgumentException("node " + nodeId + " cannot sign an envelope issued by " + iss);
        }
    }

    private String sign(JWTClaimsSet claims, String type) {
        var header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid).type(new JOSEObjectType(type)).build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("EdDSA signing failed for node " + nodeId, e);
        }
        return jwt.serialize();
    }
}
