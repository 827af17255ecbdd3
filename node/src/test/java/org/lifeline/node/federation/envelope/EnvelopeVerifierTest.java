// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.node.testing.TestFederation.HOST;
import static org.lifeline.node.testing.TestFederation.ORIGIN;
import static org.lifeline.node.testing.TestFederation.STRANGER;
import static org.lifeline.node.testing.TestFederation.T0;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.federation.envelope.file.FileReplayCache;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.KeyRotation;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.testing.SettableClock;
import org.lifeline.node.testing.TestFederation;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receiving side: every way a request can be wrong is refused with its own code. */
class EnvelopeVerifierTest {
    private static final Optional<CertificateFingerprint> FROM_ORIGIN = Optional.of(ORIGIN.fingerprint());

    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock(T0);
    private final AtomicReference<TrustList> trust = new AtomicReference<>(TestFederation.trustList());
    private FileReplayCache replay;
    private EnvelopeVerifier verifier;

    @BeforeEach
    void open() throws IOException {
        replay = FileReplayCache.open(dir.resolve("replay.log"), clock);
        verifier = verifier(replay, List.of());
    }

    @AfterEach
    void close() throws IOException {
        replay.close();
    }

    private EnvelopeVerifier verifier(ReplayCache cache, List<EnvelopeRule<? super RequestEnvelope>> extra) {
        return new EnvelopeVerifier(HOST.nodeId(), trust::get, cache, clock, Limits.DEFAULT, extra);
    }

    static RequestEnvelope request(String iss, String aud, Instant iat, Duration lifetime, String role, String jti) {
        return new RequestEnvelope(iss, aud, iat, iat.plus(lifetime), jti, "family-tracing", "consent",
                "agreement-xa-xb-2026", role, "find-person", "{\"familyName\":\"Okafor\",\"birthYear\":1990}");
    }

    private static RequestEnvelope fromOrigin(String jti) {
        return request(ORIGIN.nodeId(), HOST.nodeId(), T0, Duration.ofSeconds(60), "humanitarian-tracing", jti);
    }

    private static String signed(NodeIdentity by, RequestEnvelope request) {
        return new EnvelopeSigner(by).signRequest(request);
    }

    @Test
    void verify_wellFormedRequestFromAListedPeer_isAcceptedWithItsClaims() throws Exception {
        RequestEnvelope sent = fromOrigin("j-1");
        Verdict<RequestEnvelope> verdict = verifier.verify(signed(ORIGIN, sent), FROM_ORIGIN);
        RequestEnvelope received = ((Verdict.Accepted<RequestEnvelope>) verdict).value();
        assertThat(received).usingRecursiveComparison().ignoringFields("queryJson").isEqualTo(sent);
        assertThat(JSONObjectUtils.parse(received.queryJson())).isEqualTo(JSONObjectUtils.parse(sent.queryJson()));
    }

    @Test
    void verify_signedWithAnotherKeyUnderTheIssuersName_isBadSignature() {
        // the stranger's key, the origin's kid in the header: the JWS is well formed but the signature is not
        String forged = signed(STRANGER, request(STRANGER.nodeId(), HOST.nodeId(), T0, Duration.ofSeconds(60),
                "humanitarian-tracing", "j-1"));
        String[] parts = forged.split("\\.");
        String asOrigin = Base64URL.encode("{\"kid\":\"" + ORIGIN.kid() + "\",\"typ\":\"lifeline-request+jwt\","
                + "\"alg\":\"EdDSA\"}") + "." + Base64URL.encode(new String(Base64URL.from(parts[1]).decode())
                .replace("stranger.example", "origin.example")) + "." + parts[2];
        assertThat(verifier.verify(asOrigin, FROM_ORIGIN).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_tamperedPayload_isBadSignature() {
        String[] parts = signed(ORIGIN, fromOrigin("j-1")).split("\\.");
        String claims = new String(Base64URL.from(parts[1]).decode())
                .replace("humanitarian-tracing", "consular-services");
        String tampered = parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
        assertThat(verifier.verify(tampered, FROM_ORIGIN).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_addressedToAnotherNode_isWrongAudience() {
        var toOther = request(ORIGIN.nodeId(), "other.example", T0, Duration.ofSeconds(60), "humanitarian-tracing",
                "j-1");
        assertThat(verifier.verify(signed(ORIGIN, toOther), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.WRONG_AUDIENCE);
    }

    @Test
    void verify_afterExpiryPlusLeeway_isExpired_justBefore_isAccepted() {
        String jws = signed(ORIGIN, fromOrigin("j-1"));
        clock.set(T0.plusSeconds(60).plus(Limits.DEFAULT.leeway()));
        assertThat(verifier.verify(jws, FROM_ORIGIN).codes()).containsExactly(RejectionCode.EXPIRED);
        clock.set(T0.plusSeconds(64));
        assertThat(verifier.verify(jws, FROM_ORIGIN).isAccepted()).isTrue();
    }

    @Test
    void verify_issuedAfterNowPlusLeeway_isIssuedInFuture() {
        var future = request(ORIGIN.nodeId(), HOST.nodeId(), T0.plusSeconds(6), Duration.ofSeconds(60),
                "humanitarian-tracing", "j-1");
        assertThat(verifier.verify(signed(ORIGIN, future), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.ISSUED_IN_FUTURE);
        var withinLeeway = request(ORIGIN.nodeId(), HOST.nodeId(), T0.plusSeconds(5), Duration.ofSeconds(60),
                "humanitarian-tracing", "j-2");
        assertThat(verifier.verify(signed(ORIGIN, withinLeeway), FROM_ORIGIN).isAccepted()).isTrue();
    }

    @Test
    void verify_lifetimeLongerThanTheMaximum_isRefused() {
        var longLived = request(ORIGIN.nodeId(), HOST.nodeId(), T0, Duration.ofSeconds(121), "humanitarian-tracing",
                "j-1");
        assertThat(verifier.verify(signed(ORIGIN, longLived), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.LIFETIME_TOO_LONG);
    }

    @Test
    void verify_sameRequestTwice_secondIsReplayed() {
        String jws = signed(ORIGIN, fromOrigin("j-1"));
        assertThat(verifier.verify(jws, FROM_ORIGIN).isAccepted()).isTrue();
        assertThat(verifier.verify(jws, FROM_ORIGIN).codes()).containsExactly(RejectionCode.REPLAYED);
    }

    @Test
    void verify_replayAfterTheNodeRestarts_isStillReplayed() throws IOException {
        String jws = signed(ORIGIN, fromOrigin("j-1"));
        assertThat(verifier.verify(jws, FROM_ORIGIN).isAccepted()).isTrue();
        replay.close();
        replay = FileReplayCache.open(dir.resolve("replay.log"), clock);
        assertThat(verifier(replay, List.of()).verify(jws, FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.REPLAYED);
    }

    @Test
    void verify_refusedRequest_doesNotBurnItsJti() {
        RequestEnvelope sent = fromOrigin("j-1");
        assertThat(verifier.verify(signed(ORIGIN, sent), Optional.of(STRANGER.fingerprint())).isAccepted()).isFalse();
        assertThat(replay.contains(ORIGIN.nodeId(), "j-1")).isFalse();
        assertThat(verifier.verify(signed(ORIGIN, sent), FROM_ORIGIN).isAccepted()).isTrue();
    }

    @Test
    void verify_issuerNotOnTheList_isUnknownIssuer_andFailsEveryIssuerBoundCheck() {
        var fromStranger = request(STRANGER.nodeId(), HOST.nodeId(), T0, Duration.ofSeconds(60),
                "humanitarian-tracing", "j-1");
        assertThat(verifier.verify(signed(STRANGER, fromStranger), Optional.of(STRANGER.fingerprint())).codes())
                .containsExactlyInAnyOrder(RejectionCode.UNKNOWN_ISSUER, RejectionCode.BAD_SIGNATURE,
                        RejectionCode.ROLE_NOT_ALLOWED, RejectionCode.TLS_PEER_MISMATCH);
    }

    @Test
    void verify_trustListNoLongerValid_refusesEveryIssuer() {
        String jws = signed(ORIGIN, fromOrigin("j-1"));
        trust.set(new TrustList(trust.get().issuer(), 9, T0, T0.minus(Duration.ofDays(9)), T0,
                trust.get().members()));
        assertThat(verifier.verify(jws, FROM_ORIGIN).codes()).contains(RejectionCode.UNKNOWN_ISSUER);
    }

    @Test
    void verify_revokedIssuer_isRevokedIssuer() {
        String jws = signed(ORIGIN, fromOrigin("j-1"));
        trust.set(trust.get().revoke(ORIGIN.nodeId(), T0.minusSeconds(1)));
        assertThat(verifier.verify(jws, FROM_ORIGIN).codes()).containsExactly(RejectionCode.REVOKED_ISSUER);
    }

    @Test
    void verify_roleTheIssuerMayNotClaim_isRoleNotAllowed() {
        var enforcement = request(ORIGIN.nodeId(), HOST.nodeId(), T0, Duration.ofSeconds(60),
                "immigration-enforcement", "j-1");
        assertThat(verifier.verify(signed(ORIGIN, enforcement), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void verify_arrivingOverAnotherMembersTlsConnection_isTlsPeerMismatch() {
        String jws = signed(ORIGIN, fromOrigin("j-1"));
        assertThat(verifier.verify(jws, Optional.of(HOST.fingerprint())).codes())
                .containsExactly(RejectionCode.TLS_PEER_MISMATCH);
        assertThat(verifier.verify(jws, Optional.empty()).codes()).containsExactly(RejectionCode.TLS_PEER_MISMATCH);
    }

    @Test
    void verify_rotatedKey_oldKeyVerifiesUntilItsEnd_thenIsRefused() {
        NodeIdentity next = KeyRotation.newIdentity(ORIGIN, T0, Duration.ofDays(365), TestIdentities.seeded("n"));
        Instant oldUntil = T0.plus(Duration.ofHours(1));
        Member rotated = trust.get().member(ORIGIN.nodeId()).orElseThrow()
                .withRotatedKey(next.publicKey(), next.fingerprint(), T0, oldUntil);
        trust.set(trust.get().update(rotated, T0));

        assertThat(verifier.verify(signed(ORIGIN, fromOrigin("j-old")), FROM_ORIGIN).isAccepted()).isTrue();
        assertThat(verifier.verify(signed(next, fromOrigin("j-new")), Optional.of(next.fingerprint())).isAccepted())
                .isTrue();

        clock.set(oldUntil);
        var late = request(ORIGIN.nodeId(), HOST.nodeId(), oldUntil, Duration.ofSeconds(60), "humanitarian-tracing",
                "j-late");
        assertThat(verifier.verify(signed(ORIGIN, late), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_agreementHookSaysNo_isAgreementNotInForce() {
        var withHook = verifier(replay, List.of(EnvelopeRule.agreementInForce(
                r -> !r.agreement().equals("agreement-xa-xb-2026"))));
        assertThat(withHook.verify(signed(ORIGIN, fromOrigin("j-1")), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.AGREEMENT_NOT_IN_FORCE);
    }

    @Test
    void verify_severalFaults_reportsEveryReason() {
        var bad = request(ORIGIN.nodeId(), "other.example", T0.plusSeconds(30), Duration.ofSeconds(300),
                "law-enforcement", "j-1");
        assertThat(verifier.verify(signed(ORIGIN, bad), Optional.of(HOST.fingerprint())).codes())
                .containsExactlyInAnyOrder(RejectionCode.WRONG_AUDIENCE, RejectionCode.ISSUED_IN_FUTURE,
                        RejectionCode.LIFETIME_TOO_LONG, RejectionCode.ROLE_NOT_ALLOWED,
                        RejectionCode.TLS_PEER_MISMATCH);
    }

    @Test
    void verify_responseOrGarbagePresentedAsRequest_isWrongTypeOrMalformed() {
        String requestJws = signed(ORIGIN, fromOrigin("j-1"));
        String response = new EnvelopeSigner(ORIGIN).signResponse(new ResponseEnvelope(ORIGIN.nodeId(),
                HOST.nodeId(), T0, "r-1", "j-0", RequestHash.of(requestJws), "[]", "[]"));
        assertThat(verifier.verify(response, FROM_ORIGIN).codes()).containsExactly(RejectionCode.WRONG_TYPE);
        assertThat(verifier.verify("a.b.c", FROM_ORIGIN).codes()).containsExactly(RejectionCode.MALFORMED);
        assertThat(verifier.verify("x".repeat(Limits.DEFAULT.maxRequestChars() + 1), FROM_ORIGIN).codes())
                .containsExactly(RejectionCode.MALFORMED);
    }

    @Test
    void verify_unsignedAlgNone_isRefused() {
        String[] parts = signed(ORIGIN, fromOrigin("j-1")).split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"lifeline-request+jwt\"}") + "." + parts[1] + ".";
        assertThat(verifier.verify(none, FROM_ORIGIN).isAccepted()).isFalse();
    }

    @Test
    void rejectionMessages_neverQuoteTheQuery() {
        var bad = request(ORIGIN.nodeId(), "other.example", T0.plusSeconds(30), Duration.ofSeconds(300),
                "law-enforcement", "j-1");
        var verdict = (Verdict.Rejected<RequestEnvelope>) verifier.verify(signed(ORIGIN, bad), Optional.empty());
        assertThat(verdict.reasons()).allSatisfy(r -> assertThat(r.message()).doesNotContain("Okafor", "1990"));
    }
}
