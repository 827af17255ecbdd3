// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.lifeline.node.keys.NodeIdentity;

/**
 * The claims of an answer (docs/protocol.md "Response envelope"): issued by the answering node to the requester,
 * bound to one request by {@code req} (base64url SHA-256 of the request's compact JWS, {@link RequestHash}) and
 * {@code reqJti}. {@code recordsJson} holds only released (or generalised) field values; {@code decisionsJson} the
 * per-field decision summary (field, action, rule id), never a withheld value. Both are JSON arrays.
 */
public record ResponseEnvelope(String iss, String aud, Instant iat, String jti, String requestJti,
                               String requestHash, String recordsJson, String decisionsJson) implements SignedClaims {
    public ResponseEnvelope {
        NodeIdentity.requireNodeId(iss);
        NodeIdentity.requireNodeId(aud);
        iat = iat.truncatedTo(ChronoUnit.SECONDS);
        if (jti.isBlank() || requestJti.isBlank() || requestHash.isBlank()) {
            throw new IllegalArgumentException("jti, reqJti and req must be present");
        }
        if (!recordsJson.strip().startsWith("[") || !decisionsJson.strip().startsWith("[")) {
            throw new IllegalArgumentException("records and decisions must be JSON arrays");
        }
    }

    /** The answer to {@code request} (given as the compact JWS that was received), from its audience to its issuer. */
    public static ResponseEnvelope answering(String requestJws, RequestEnvelope request, Instant now, String jti,
                                             String recordsJson, String decisionsJson) {
        return new ResponseEnvelope(request.aud(), request.iss(), now, jti, request.jti(),
                RequestHash.of(requestJws), recordsJson, decisionsJson);
    }
}
