// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.keys.EdDsaJwsVerifier;
import org.lifeline.node.keys.SigningKey;

/**
 * Accepts a signed trust list only if it is signed by a configured key of the configured issuer (valid now), is in
 * canonical form, names that issuer, is valid now, and is not older than the list already held (equal version must
 * mean identical content). Fails closed; after a good signature every further reason is reported.
 */
public final class TrustListVerifier {
    private final String issuer;
    private final List<SigningKey> issuerKeys;
    private final Clock clock;

    /** @param issuerKeys the issuer's keys, configured out of band (a node's config, not the list itself) */
    public TrustListVerifier(String issuer, List<SigningKey> issuerKeys, Clock clock) {
        this.issuer = issuer;
        this.issuerKeys = List.copyOf(issuerKeys);
        this.clock = clock;
    }

    public Verdict<TrustList> verify(String compactJws, Optional<TrustList> held) {
        Instant now = clock.instant();
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJws);
        } catch (ParseException e) {
            return Verdict.rejected(RejectionCode.MALFORMED, "trust list is not a compact JWS");
        }
        if (!new JOSEObjectType(TrustListSigner.TYPE).equals(jws.getHeader().getType())) {
            return Verdict.rejected(RejectionCode.WRONG_TYPE, "JWS typ is not " + TrustListSigner.TYPE);
        }
        Optional<Rejection> badSignature = checkSignature(jws, now);
        if (badSignature.isPresent()) {
            return Verdict.rejected(List.of(badSignature.get()));
        }
        String payload = jws.getPayload().toString();
        TrustList list;
        try {
            list = TrustListJson.decode(payload);
        } catch (ParseException e) {
            return Verdict.rejected(RejectionCode.MALFORMED, e.getMessage());
        }
        List<Rejection> reasons = contentReasons(list, payload, now, held);
        return reasons.isEmpty() ? Verdict.accepted(list) : Verdict.rejected(reasons);
    }

    private Optional<Rejection> checkSignature(JWSObject jws, Instant now) {
        String kid = jws.getHeader().getKeyID();
        Optional<SigningKey> key = issuerKeys.stream()
                .filter(k -> k.kid().equals(kid) && k.validAt(now)).findFirst();
        if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm()) || key.isEmpty()) {
            return Optional.of(Rejection.of(RejectionCode.BAD_SIGNATURE,
                    "trust list is not signed with an EdDSA issuer key valid now (kid " + kid + ")"));
        }
        try {
            if (jws.verify(new EdDsaJwsVerifier(key.get().key()))) {
                return Optional.empty();
            }
        } catch (JOSEException | IllegalStateException e) {
            // fall through: an unverifiable signature is a bad one
        }
        return Optional.of(Rejection.of(RejectionCode.BAD_SIGNATURE, "trust list signature does not verify"));
    }

    private List<Rejection> contentReasons(TrustList list, String payload, Instant now, Optional<TrustList> held) {
        var reasons = new ArrayList<Rejection>();
        if (!TrustListJson.encode(list).equals(payload)) {
            reasons.add(Rejection.of(RejectionCode.MALFORMED, "trust list payload is not in canonical form"));
        }
        if (!issuer.equals(list.issuer())) {
            reasons.add(Rejection.of(RejectionCode.WRONG_ISSUER, "trust list names issuer " + list.issuer()
                    + ", expected " + issuer));
        }
        if (now.isBefore(list.validFrom())) {
            reasons.add(Rejection.of(RejectionCode.NOT_YET_VALID, "trust list valid from " + list.validFrom()));
        }
        if (!now.isBefore(list.validUntil())) {
            reasons.add(Rejection.of(RejectionCode.EXPIRED, "trust list expired at " + list.validUntil()));
        }
        held.ifPresent(h -> rollback(h, list).ifPresent(reasons::add));
        return reasons;
    }

    private static Optional<Rejection> rollback(TrustList held, TrustList offered) {
        if (offered.version() < held.version()) {
            return Optional.of(Rejection.of(RejectionCode.ROLLBACK, "trust list version " + offered.version()
                    + " is older than held version " + held.version()));
        }
        if (offered.version() == held.version() && !offered.equals(held)) {
            return Optional.of(Rejection.of(RejectionCode.ROLLBACK, "trust list version " + offered.version()
                    + " differs from the held list of the same version"));
        }
        return Optional.empty();
    }
}
