// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.testing.TestFederation;

/** Signature and issuer checks of alerts: the happy path and each forgery the verifier must refuse. */
class SignedAlertTest {
    private static final CrisisAlert ALERT = Alerts.hostLevel4("CA-1", "HT-OU");
    private static final Instant NOW = Alerts.T0.plusSeconds(30);

    @Test
    void verify_alertSignedByItsIssuer_isAccepted() {
        Verdict<CrisisAlert> verdict = Alerts.verifier().verify(Alerts.byHost(ALERT), NOW);
        assertThat(verdict).isEqualTo(Verdict.accepted(ALERT));
    }

    @Test
    void verify_payloadChangedAfterSigning_isBadSignature() throws Exception {
        SignedJWT jwt = SignedJWT.parse(Alerts.byHost(ALERT).jws());
        var lowered = new JWTClaimsSet.Builder(jwt.getJWTClaimsSet()).claim("level", 1).build();
        Base64URL[] parts = jwt.getParsedParts();
        String forged = parts[0] + "." + Base64URL.encode(lowered.toString()) + "." + parts[2];
        assertThat(verify(forged).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_signedByAnotherMemberInIssuersName_isBadSignature() throws Exception {
        String forged = sign(TestFederation.ORIGIN, TestFederation.HOST.kid(), "lifeline-alert+jwt",
                SignedJWT.parse(Alerts.byHost(ALERT).jws()).getJWTClaimsSet());
        assertThat(verify(forged).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_alertFromNonMember_isUnknownIssuer() {
        CrisisAlert fromStranger = CrisisAlert.issue("CA-9", TestFederation.STRANGER.nodeId(), ALERT.area(),
                AlertLevel.EVACUATION, "r", ALERT.issued(), ALERT.expires());
        Verdict<CrisisAlert> verdict = Alerts.verifier().verify(Alerts.signed(TestFederation.STRANGER, fromStranger),
                NOW);
        assertThat(verdict.codes()).contains(RejectionCode.UNKNOWN_ISSUER).doesNotContain(RejectionCode.MALFORMED);
    }

    @Test
    void verify_revokedIssuer_isRefused() {
        var revoked = TestFederation.trustList().revoke(TestFederation.HOST.nodeId(), Alerts.T0.minusSeconds(60));
        Verdict<CrisisAlert> verdict = Alerts.verifier(revoked).verify(Alerts.byHost(ALERT), NOW);
        assertThat(verdict.codes()).containsExactly(RejectionCode.REVOKED_ISSUER);
    }

    @Test
    void verify_trustListNoLongerValid_isUnknownIssuer() {
        Verdict<CrisisAlert> verdict = Alerts.verifier().verify(Alerts.byHost(ALERT),
                TestFederation.LIST_UNTIL.plusSeconds(1));
        assertThat(verdict.codes()).contains(RejectionCode.UNKNOWN_ISSUER);
    }

    @Test
    void verify_issuedInTheFuture_isRefused() {
        Verdict<CrisisAlert> verdict = Alerts.verifier().verify(Alerts.byHost(ALERT), ALERT.issued()
                .minus(Duration.ofMinutes(1)));
        assertThat(verdict.codes()).containsExactly(RejectionCode.ISSUED_IN_FUTURE);
    }

    @Test
    void verify_requestEnvelopeTypeOrGarbage_isRefusedAlone() throws Exception {
        String asRequest = sign(TestFederation.HOST, TestFederation.HOST.kid(), "lifeline-request+jwt",
                SignedJWT.parse(Alerts.byHost(ALERT).jws()).getJWTClaimsSet());
        assertThat(verify(asRequest).codes()).containsExactly(RejectionCode.WRONG_TYPE);
        assertThat(verify("not.a.jws").codes()).containsExactly(RejectionCode.MALFORMED);
    }

    @Test
    void verify_claimsWithUnknownArea_isMalformedWithReason() throws Exception {
        var claims = new JWTClaimsSet.Builder(SignedJWT.parse(Alerts.byHost(ALERT).jws()).getJWTClaimsSet())
                .claim("area", "Ouest").build();
        Verdict<CrisisAlert> verdict = verify(sign(TestFederation.HOST, TestFederation.HOST.kid(),
                "lifeline-alert+jwt", claims));
        assertThat(verdict.codes()).containsExactly(RejectionCode.MALFORMED);
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class, r -> assertThat(r.reasons().toString())
                .contains("claims do not form a crisis alert: unknown area format"));
    }

    private static Verdict<CrisisAlert> verify(String jws) {
        return Alerts.verifier().verify(new SignedAlert(jws), NOW);
    }

    private static String sign(NodeIdentity key, String kid, String type, JWTClaimsSet claims) throws Exception {
        var header = new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid).type(new JOSEObjectType(type)).build();
        var jwt = new SignedJWT(header, claims);
        jwt.sign(key.jwsSigner());
        return jwt.serialize();
    }
}
