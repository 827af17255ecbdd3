// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.node.testing.TestFederation.HOST;
import static org.lifeline.node.testing.TestFederation.ORIGIN;
import static org.lifeline.node.testing.TestFederation.STRANGER;
import static org.lifeline.node.testing.TestFederation.T0;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONArrayUtils;
import java.time.Duration;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.testing.SettableClock;
import org.lifeline.node.testing.TestFederation;
import org.junit.jupiter.api.Test;

/** The requesting side: an answer counts only if the addressed peer signed it for exactly our request. */
class ResponseVerifierTest {
    private static final String RECORDS = "[{\"givenName\":\"Ada\",\"placeOfStay\":{\"country\":\"XB\"}}]";
    private static final String DECISIONS = "[{\"field\":\"placeOfStay\",\"action\":\"generalise\","
            + "\"rule\":\"generalise.place-to-country\"},{\"field\":\"telephone\",\"action\":\"withhold\","
            + "\"rule\":\"consent.field-not-covered\"}]";

    private final SettableClock clock = new SettableClock(T0);
    private final TrustList trust = TestFederation.trustList();
    private final ResponseVerifier verifier = new ResponseVerifier(ORIGIN.nodeId(), () -> trust, clock,
            Limits.DEFAULT);
    private final RequestEnvelope request = EnvelopeVerifierTest.request(ORIGIN.nodeId(), HOST.nodeId(), T0,
            Duration.ofSeconds(60), "humanitarian-tracing", "j-1");
    private final String requestJws = new EnvelopeSigner(ORIGIN).signRequest(request);

    private String answer(String toRequestJws, RequestEnvelope to) {
        return new EnvelopeSigner(HOST).signResponse(ResponseEnvelope.answering(toRequestJws, to, T0.plusSeconds(1),
                "r-1", RECORDS, DECISIONS));
    }

    @Test
    void verify_answerFromThePeerToOurRequest_isAcceptedWithRecordsAndDecisions() throws Exception {
        Verdict<ResponseEnvelope> verdict = verifier.verify(answer(requestJws, request), requestJws);
        assertThat(verdict.isAccepted()).isTrue();
        var response = ((Verdict.Accepted<ResponseEnvelope>) verdict).value();
        assertThat(JSONArrayUtils.parse(response.recordsJson())).isEqualTo(JSONArrayUtils.parse(RECORDS));
        assertThat(JSONArrayUtils.parse(response.decisionsJson())).isEqualTo(JSONArrayUtils.parse(DECISIONS));
        assertThat(response.requestJti()).isEqualTo("j-1");
    }

    @Test
    void verify_tamperedRecords_isBadSignature() {
        String[] parts = answer(requestJws, request).split("\\.");
        String claims = new String(Base64URL.from(parts[1]).decode()).replace("XB", "XA");
        String tampered = parts[0] + "." + Base64URL.encode(claims) + "." + parts[2];
        assertThat(verifier.verify(tampered, requestJws).codes()).containsExactly(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void verify_answerBoundToAnotherRequest_isNotBoundToRequest() {
        var other = EnvelopeVerifierTest.request(ORIGIN.nodeId(), HOST.nodeId(), T0, Duration.ofSeconds(60),
                "humanitarian-tracing", "j-2");
        String otherJws = new EnvelopeSigner(ORIGIN).signRequest(other);
        assertThat(verifier.verify(answer(otherJws, other), requestJws).codes())
                .containsExactly(RejectionCode.NOT_BOUND_TO_REQUEST);
    }

    @Test
    void verify_answerFromAnotherMember_isUnexpectedResponder() {
        var toStranger = new EnvelopeSigner(ORIGIN).signRequest(EnvelopeVerifierTest.request(ORIGIN.nodeId(),
                STRANGER.nodeId(), T0, Duration.ofSeconds(60), "humanitarian-tracing", "j-1"));
        assertThat(verifier.verify(answer(requestJws, request), toStranger).codes())
                .containsExactlyInAnyOrder(RejectionCode.UNEXPECTED_RESPONDER, RejectionCode.NOT_BOUND_TO_REQUEST);
    }

    @Test
    void verify_answerAddressedToAnotherRequester_isWrongAudience() {
        var otherVerifier = new ResponseVerifier(STRANGER.nodeId(), () -> trust, clock, Limits.DEFAULT);
        assertThat(otherVerifier.verify(answer(requestJws, request), requestJws).codes())
                .containsExactly(RejectionCode.WRONG_AUDIENCE);
    }

    @Test
    void verify_answerSignedByANonMember_isRefused() {
        String forged = new EnvelopeSigner(STRANGER).signResponse(new ResponseEnvelope(STRANGER.nodeId(),
                ORIGIN.nodeId(), T0, "r-1", "j-1", RequestHash.of(requestJws), RECORDS, DECISIONS));
        assertThat(verifier.verify(forged, requestJws).codes()).contains(RejectionCode.UNKNOWN_ISSUER,
                RejectionCode.BAD_SIGNATURE, RejectionCode.UNEXPECTED_RESPONDER);
    }

    @Test
    void verify_requestPresentedAsResponse_isWrongType() {
        assertThat(verifier.verify(requestJws, requestJws).codes()).containsExactly(RejectionCode.WRONG_TYPE);
    }
}
