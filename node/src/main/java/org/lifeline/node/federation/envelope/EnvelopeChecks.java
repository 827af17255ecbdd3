// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.keys.CertificateFingerprint;

/**
 * The pipeline both verifiers share: size limit, JWS parse, {@code typ}, claims decoding (each a sole reason, since
 * nothing after them can be evaluated), then every rule, all reasons kept.
 */
final class EnvelopeChecks {
    /** Claims decoding for one envelope kind; ParseException or IllegalArgumentException mean malformed. */
    @FunctionalInterface
    interface Decoder<C> {
        C decode(JWTClaimsSet claims) throws ParseException;
    }

    private EnvelopeChecks() {
    }

    /** The rules every envelope kind must pass; KnownIssuer is among them, which IssuerNotRevoked relies on. */
    static List<EnvelopeRule<? super SignedClaims>> common(String self, Duration leeway) {
        return List.of(new KnownIssuer(), new IssuerNotRevoked(), new SignatureValid(), new AudienceIsThisNode(self),
                new IssuedAtNotInFuture(leeway));
    }

    static <C extends SignedClaims> Verdict<C> run(String compact, int maxChars, String type, Decoder<C> decoder,
                                                   TrustList trust, Instant now, Optional<CertificateFingerprint> tls,
                                                   List<? extends EnvelopeRule<? super C>> rules) {
        if (compact.length() > maxChars) {
            return Verdict.rejected(RejectionCode.MALFORMED, "envelope longer than " + maxChars + " characters");
        }
        SignedJWT jws;
        try {
            jws = SignedJWT.parse(compact);
        } catch (ParseException e) {
            return Verdict.rejected(RejectionCode.MALFORMED, "not a compact JWS");
        }
        if (!new JOSEObjectType(type).equals(jws.getHeader().getType())) {
            return Verdict.rejected(RejectionCode.WRONG_TYPE, "JWS typ must be " + type);
        }
        C claims;
        try {
            claims = decoder.decode(jws.getJWTClaimsSet());
        } catch (ParseException | IllegalArgumentException e) {
            // Parser messages may quote the payload (personal data); only our own claim messages are passed on.
            String why = e.getMessage() != null && e.getMessage().startsWith("claim ") ? ": " + e.getMessage() : "";
            return Verdict.rejected(RejectionCode.MALFORMED, "claims do not form a " + type + why);
        }
        Optional<Member> issuer = trust.isValidAt(now) ? trust.member(claims.iss()) : Optional.empty();
        var presented = new Presented<>(claims, jws, issuer, now, tls);
        List<Rejection> reasons = new ArrayList<>();
        for (EnvelopeRule<? super C> rule : rules) {
            rule.check(presented).ifPresent(reasons::add);
        }
        return reasons.isEmpty() ? Verdict.accepted(claims) : Verdict.rejected(reasons);
    }
}
