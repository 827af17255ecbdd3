// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Envelope records to and from JWT claims sets. Custom claim names are short and listed in docs/protocol.md; the
 * query, records and decisions travel as JSON values (not strings) so a reader of the payload sees their structure.
 */
final class EnvelopeCodec {
    static final String REQUEST_TYPE = "lifeline-request+jwt";
    static final String RESPONSE_TYPE = "lifeline-response+jwt";

    private EnvelopeCodec() {
    }

    static JWTClaimsSet claims(RequestEnvelope r) throws ParseException {
        return new JWTClaimsSet.Builder().issuer(r.iss()).audience(r.aud()).issueTime(Date.from(r.iat()))
                .expirationTime(Date.from(r.exp())).jwtID(r.jti()).claim("purpose", r.purpose())
                .claim("legalBasis", r.legalBasis()).claim("agreement", r.agreement()).claim("role", r.role())
                .claim("queryKind", r.queryKind()).claim("query", JSONObjectUtils.parse(r.queryJson())).build();
    }

    static RequestEnvelope request(JWTClaimsSet c) throws ParseException {
        return new RequestEnvelope(required(c.getIssuer(), "iss"), singleAudience(c),
                instant(c.getIssueTime(), "iat"), instant(c.getExpirationTime(), "exp"),
                required(c.getJWTID(), "jti"), string(c, "purpose"), string(c, "legalBasis"),
                string(c, "agreement"), string(c, "role"), string(c, "queryKind"),
                JSONObjectUtils.toJSONString(required(c.getJSONObjectClaim("query"), "query")));
    }

    static JWTClaimsSet claims(ResponseEnvelope r) throws ParseException {
        return new JWTClaimsSet.Builder().issuer(r.iss()).audience(r.aud()).issueTime(Date.from(r.iat()))
                .jwtID(r.jti()).claim("req", r.requestHash()).claim("reqJti", r.requestJti())
                .claim("records", JSONArrayUtils.parse(r.recordsJson()))
                .claim("decisions", JSONArrayUtils.parse(r.decisionsJson())).build();
    }

    static ResponseEnvelope response(JWTClaimsSet c) throws ParseException {
        return new ResponseEnvelope(required(c.getIssuer(), "iss"), singleAudience(c),
                instant(c.getIssueTime(), "iat"), required(c.getJWTID(), "jti"), string(c, "reqJti"),
                string(c, "req"), JSONArrayUtils.toJSONString(list(c, "records")),
                JSONArrayUtils.toJSONString(list(c, "decisions")));
    }

    /** RFC 7519 §4.1.3 allows several audiences; a Lifeline envelope is for exactly one peer. */
    private static String singleAudience(JWTClaimsSet c) throws ParseException {
        List<String> aud = c.getAudience();
        if (aud.size() != 1) {
            throw new ParseException("aud must name exactly one node", 0);
        }
        return aud.getFirst();
    }

    private static String string(JWTClaimsSet c, String name) throws ParseException {
        return required(c.getStringClaim(name), name);
    }

    private static List<Object> list(JWTClaimsSet c, String name) throws ParseException {
        return required(c.getListClaim(name), name);
    }

    private static Instant instant(Date date, String name) throws ParseException {
        return required(date, name).toInstant();
    }

    private static <T> T required(T value, String name) throws ParseException {
        if (value == null) {
            throw new ParseException("claim " + name + " is missing", 0);
        }
        return value;
    }
}
