// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import java.net.URI;

/**
 * Why a federation message or trust list was refused. The slug is a stable wire identifier: the last segment of the
 * RFC 9457 problem {@code type} a node returns, and what peers and operators grep for. Never rename a slug.
 */
public enum RejectionCode {
    MALFORMED("malformed"),
    WRONG_TYPE("wrong-type"),
    UNKNOWN_ISSUER("unknown-issuer"),
    REVOKED_ISSUER("revoked-issuer"),
    ISSUER_NOT_CURRENT("issuer-not-current"),
    BAD_SIGNATURE("bad-signature"),
    WRONG_AUDIENCE("wrong-audience"),
    EXPIRED("expired"),
    ISSUED_IN_FUTURE("issued-in-future"),
    LIFETIME_TOO_LONG("lifetime-too-long"),
    REPLAYED("replayed"),
    ROLE_NOT_ALLOWED("role-not-allowed"),
    TLS_PEER_MISMATCH("tls-peer-mismatch"),
    AGREEMENT_NOT_IN_FORCE("agreement-not-in-force"),
    UNEXPECTED_RESPONDER("unexpected-responder"),
    NOT_BOUND_TO_REQUEST("not-bound-to-request"),
    WRONG_ISSUER("wrong-issuer"),
    NOT_YET_VALID("not-yet-valid"),
    ROLLBACK("rollback"),
    SUPERSEDED("superseded"),
    CONFLICTING_ID("conflicting-id"),
    OUT_OF_ORDER("out-of-order");

    public static final String PROBLEM_BASE = "https://w3id.org/lifeline/problems/";

    private final String slug;

    RejectionCode(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** RFC 9457 §3.1.1 {@code type} member for this code. */
    public URI problemType() {
        return URI.create(PROBLEM_BASE + slug);
    }
}
