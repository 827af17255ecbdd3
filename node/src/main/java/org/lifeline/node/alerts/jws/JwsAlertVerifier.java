// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts.jws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lifeline.node.alerts.AlertVerifier;
import org.lifeline.node.alerts.CrisisAlert;
import org.lifeline.node.alerts.SignedAlert;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.keys.EdDsaJwsVerifier;
import org.lifeline.node.keys.SigningKey;

/**
 * Verifies a signed alert against the trust list held now (docs/alerts.md "Verification"). A non-JWS, a wrong
 * {@code typ} or claims that form no valid alert are refused alone ({@code malformed}, {@code wrong-type}); otherwise
 * every check runs and every failure is reported: the issuer is on a valid list, unrevoked and inside its membership
 * now; the JWS verifies under the issuer's key named by {@code kid} and valid at {@code iat} (the alert's issue time);
 * {@code iat} is not after now + leeway. Fails closed: no issuer entry or no key is a rejection.
 */
public final class JwsAlertVerifier implements AlertVerifier {
    private final Supplier<TrustList> trustList;
    private final Duration leeway;

    public JwsAlertVerifier(Supplier<TrustList> trustList, Duration leeway) {
        this.trustList = trustList;
        this.leeway = leeway;
    }

    @Override
    public Verdict<CrisisAlert> verify(SignedAlert signed, Instant now) {
        SignedJWT jws;
        try {
            jws = SignedJWT.parse(signed.jws());
        } catch (ParseException e) {
            return Verdict.rejected(RejectionCode.MALFORMED, "not a compact JWS");
        }
        if (!new JOSEObjectType(AlertClaims.TYPE).equals(jws.getHeader().getType())) {
            return Verdict.rejected(RejectionCode.WRONG_TYPE, "JWS typ must be " + AlertClaims.TYPE);
        }
        CrisisAlert alert;
        try {
            alert = AlertClaims.decode(jws.getJWTClaimsSet());
        } catch (ParseException | IllegalArgumentException | ArithmeticException e) {
            // our own validation messages name codes and ids only; parser messages may quote the payload
            String why = e instanceof IllegalArgumentException || String.valueOf(e.getMessage()).startsWith("claim ")
                    ? ": " + e.getMessage() : "";
            return Verdict.rejected(RejectionCode.MALFORMED, "claims do not form a crisis alert" + why);
        }
        List<Rejection> reasons = new ArrayList<>();
        TrustList list = trustList.get();
        Optional<Member> issuer = list.isValidAt(now) ? list.member(alert.issuer()) : Optional.empty();
        issuerRejection(alert, issuer, now).ifPresent(reasons::add);
        signatureRejection(jws, alert, issuer).ifPresent(reasons::add);
        if (alert.issued().isAfter(now.plus(leeway))) {
            reasons.add(Rejection.of(RejectionCode.ISSUED_IN_FUTURE, "alert " + alert.ref() + " issued "
                    + alert.issued() + ", after now " + now));
        }
        return reasons.isEmpty() ? Verdict.accepted(alert) : Verdict.rejected(reasons);
    }

    private static Optional<Rejection> issuerRejection(CrisisAlert alert, Optional<Member> issuer, Instant now) {
        if (issuer.isEmpty()) {
            return Optional.of(Rejection.of(RejectionCode.UNKNOWN_ISSUER, "issuer " + alert.issuer()
                    + " of alert " + alert.id() + " is not on a currently valid trust list"));
        }
        Member member = issuer.get();
        if (member.isRevokedAt(now)) {
            return Optional.of(Rejection.of(RejectionCode.REVOKED_ISSUER, "issuer " + member.nodeId()
                    + " was revoked at " + member.revokedAt().orElseThrow()));
        }
        if (!member.isWithinValidity(now)) {
            return Optional.of(Rejection.of(RejectionCode.ISSUER_NOT_CURRENT, "membership of " + member.nodeId()
                    + " is valid " + member.validFrom() + " .. " + member.validUntil()));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> signatureRejection(SignedJWT jws, CrisisAlert alert, Optional<Member> issuer) {
        String kid = String.valueOf(jws.getHeader().getKeyID());
        Optional<SigningKey> key = issuer.flatMap(m -> m.signingKey(kid, alert.issued()));
        if (key.isEmpty()) {
            return badSignature("no key " + kid + " of issuer " + alert.issuer() + " valid at " + alert.issued());
        }
        try {
            return jws.verify(new EdDsaJwsVerifier(key.get().key())) ? Optional.empty()
                    : badSignature("signature of alert " + alert.ref() + " does not verify under key " + kid);
        } catch (JOSEException | IllegalStateException e) {
            return badSignature("signature of alert " + alert.ref() + " could not be verified");
        }
    }

    private static Optional<Rejection> badSignature(String message) {
        return Optional.of(Rejection.of(RejectionCode.BAD_SIGNATURE, message));
    }
}
