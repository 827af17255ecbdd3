// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.Receipt;
import org.lifeline.node.exchangelog.Rfc9162;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.federation.envelope.EnvelopeSigner;
import org.lifeline.node.federation.envelope.EnvelopeVerifier;
import org.lifeline.node.federation.envelope.RequestEnvelope;
import org.lifeline.node.federation.envelope.ResponseEnvelope;
import org.lifeline.node.federation.query.InvalidQueryException;
import org.lifeline.node.federation.query.QueryKind;
import org.lifeline.node.federation.transparency.LogJson;
import org.lifeline.node.keys.CertificateFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answering side of the protocol (docs/protocol.md): verify the signed request (fail closed, every reason), run
 * the handler for its kind, sign the response bound to the request, record the exchange in the log durably and hand
 * back the receipt for it ({@code exchangeLog} appends and returns the entry's receipt) beside the response. Rejections
 * become problem+json with stable codes; log lines carry codes and ids only, never query content.
 */
public final class QueryService {
    private static final Logger LOG = LoggerFactory.getLogger(QueryService.class);

    private final EnvelopeVerifier verifier;
    private final EnvelopeSigner signer;
    private final Supplier<TrustList> trust;
    private final Disclosures disclosures;
    private final Map<QueryKind, QueryHandler> handlers = new EnumMap<>(QueryKind.class);
    private final Function<ExchangeEntry, Receipt> exchangeLog;
    private final Clock clock;
    private final RandomGenerator random;

    public QueryService(EnvelopeVerifier verifier, EnvelopeSigner signer, Supplier<TrustList> trust,
                        Disclosures disclosures, List<QueryHandler> handlers, Function<ExchangeEntry, Receipt> exchangeLog,
                        Clock clock, RandomGenerator random) {
        this.verifier = verifier;
        this.signer = signer;
        this.trust = trust;
        this.disclosures = disclosures;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
        this.exchangeLog = exchangeLog;
        this.clock = clock;
        this.random = random;
    }

    public PeerReply handle(String requestJws, Optional<CertificateFingerprint> tlsPeer) {
        Verdict<RequestEnvelope> verdict = verifier.verify(requestJws, tlsPeer);
        if (verdict instanceof Verdict.Rejected<RequestEnvelope> rejected) {
            LOG.warn("refused a peer request: {}", rejected.reasons().stream().map(r -> r.code().slug()).toList());
            return rejection(rejected.reasons());
        }
        RequestEnvelope request = ((Verdict.Accepted<RequestEnvelope>) verdict).value();
        Optional<QueryKind> kind = QueryKind.fromSlug(request.queryKind());
        Member requester = trust.get().member(request.iss()).orElseThrow();
        try {
            if (kind.isEmpty() || !handlers.containsKey(kind.get())) {
                throw new InvalidQueryException("queryKind", "this node answers " + handlers.keySet().stream()
                        .map(QueryKind::slug).toList());
            }
            Instant now = clock.instant();
            Answer answer = handlers.get(kind.get()).answer(request.queryJson(), disclosures.terms(request, requester), now);
            String response = signer.signResponse(ResponseEnvelope.answering(requestJws, request, now,
                    RequestEnvelope.newJti(random), JSONArrayUtils.toJSONString(answer.records()),
                    JSONArrayUtils.toJSONString(answer.decisions())));
            ExchangeEntry logged = entry(request, requestJws, response, answer, now);
            Receipt receipt = exchangeLog.apply(logged);
            LOG.info("answered {} from {}: {} record(s) released, logged as entry {}", request.queryKind(), request.iss(),
                    answer.records().size(), receipt.index());
            return PeerReply.signed(response, LogJson.receiptHeader(logged, receipt));
        } catch (InvalidQueryException e) {
            LOG.warn("refused a {} query from {}: bad field {}", request.queryKind(), request.iss(), e.field());
            return PeerReply.problem(400, problem("invalid-query", "Invalid query", 400, e.getMessage(), e.field()));
        }
    }

    private static ExchangeEntry entry(RequestEnvelope request, String requestJws, String responseJws, Answer a, Instant now) {
        return new ExchangeEntry(now, ExchangeEntry.Direction.IN, request.iss(), request.purpose(), request.legalBasis(),
                request.agreement().isBlank() ? null : request.agreement(), hash(requestJws), hash(responseJws),
                a.records().size(), a.fieldsReleased(), a.fieldsGeneralised(), a.fieldsWithheld(), a.withholdingRules());
    }

    public static Hash hash(String jws) {
        return new Hash(Rfc9162.sha256(jws.getBytes(StandardCharsets.US_ASCII)));
    }

    private static PeerReply rejection(List<Rejection> reasons) {
        RejectionCode first = reasons.get(0).code();
        int status = switch (first) {
            case REPLAYED -> 409;
            case ROLE_NOT_ALLOWED, REVOKED_ISSUER, UNKNOWN_ISSUER, TLS_PEER_MISMATCH -> 403;
            default -> 401;
        };
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", first.problemType().toString());
        p.put("title", "Request refused");
        p.put("status", status);
        p.put("detail", String.join("; ", reasons.stream().map(Rejection::message).toList()));
        p.put("codes", reasons.stream().map(r -> r.code().slug()).toList());
        return PeerReply.problem(status, JSONObjectUtils.toJSONString(p));
    }

    static String problem(String slug, String title, int status, String detail, String field) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://w3id.org/lifeline/problems/" + slug);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("field", field);
        return JSONObjectUtils.toJSONString(p);
    }
}
