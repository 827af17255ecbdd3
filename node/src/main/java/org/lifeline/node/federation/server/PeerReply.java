// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.nio.charset.StandardCharsets;

/** What the peer endpoint sends back: a status, a media type and the body (a response JWS or problem+json). */
public record PeerReply(int status, String contentType, byte[] body) {
    public static final String JOSE = "application/jose";
    public static final String PROBLEM_JSON = "application/problem+json";

    public static PeerReply signed(String jws) {
        return new PeerReply(200, JOSE, jws.getBytes(StandardCharsets.US_ASCII));
    }

    public static PeerReply problem(int status, String json) {
        return new PeerReply(status, PROBLEM_JSON, json.getBytes(StandardCharsets.UTF_8));
    }
}
