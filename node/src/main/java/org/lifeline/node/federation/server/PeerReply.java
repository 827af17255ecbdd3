// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the peer endpoint sends back: a status, a media type, the body (a response JWS, a checkpoint note, a proof or
 * problem+json) and, for an answered query, the exchange's receipt, sent beside the body in the
 * {@value #RECEIPT_HEADER} header because the signed response cannot contain the hash of itself.
 */
public record PeerReply(int status, String contentType, byte[] body, Optional<String> receipt) {
    public static final String JOSE = "application/jose";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String JSON = "application/json";
    /** C2SP notes are UTF-8 text (https://c2sp.org/signed-note). */
    public static final String NOTE = "text/plain; charset=utf-8";
    public static final String RECEIPT_HEADER = "Lifeline-Receipt";

    public static PeerReply signed(String jws, String receiptHeader) {
        return new PeerReply(200, JOSE, jws.getBytes(StandardCharsets.US_ASCII), Optional.of(receiptHeader));
    }

    public static PeerReply ok(String contentType, String body) {
        return new PeerReply(200, contentType, body.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    public static PeerReply problem(int status, String json) {
        return new PeerReply(status, PROBLEM_JSON, json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }
}
