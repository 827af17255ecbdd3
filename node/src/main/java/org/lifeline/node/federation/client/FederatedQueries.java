// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import com.nimbusds.jose.util.JSONArrayUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.Verification;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.federation.envelope.EnvelopeSigner;
import org.lifeline.node.federation.envelope.RequestEnvelope;
import org.lifeline.node.federation.envelope.ResponseEnvelope;
import org.lifeline.node.federation.envelope.ResponseVerifier;
import org.lifeline.node.federation.query.QueryKind;
import org.lifeline.node.federation.server.QueryService;
import org.lifeline.node.federation.transparency.LogJson;
import org.lifeline.node.federation.transparency.ReceiptCheck;
import org.lifeline.node.federation.transparency.ReceiptStore;

/**
 * The asking side: one signed request per peer, sent in parallel with a shared deadline; each response's signature
 * and binding to its request are verified before anything in it is used; every exchange is logged; the peer's receipt
 * (its log's proof that it logged the exchange) must verify and is stored, or the answer is not used; the released
 * records are merged best first.
 */
public final class FederatedQueries {
    private static final Duration REQUEST_LIFETIME = Duration.ofSeconds(60);

    private final String self;
    private final Supplier<TrustList> trust;
    private final EnvelopeSigner signer;
    private final ResponseVerifier verifier;
    private final PeerClient client;
    private final Consumer<ExchangeEntry> exchangeLog;
    private final ReceiptStore receipts;
    private final Clock clock;
    private final RandomGenerator random;

    public FederatedQueries(String self, Supplier<TrustList> trust, EnvelopeSigner signer, ResponseVerifier verifier,
                            PeerClient client, Consumer<ExchangeEntry> exchangeLog, ReceiptStore receipts, Clock clock,
                            RandomGenerator random) {
        this.self = self;
        this.trust = trust;
        this.signer = signer;
        this.verifier = verifier;
        this.client = client;
        this.exchangeLog = exchangeLog;
        this.receipts = receipts;
        this.clock = clock;
        this.random = random;
    }

    /** What the asking operator chose: why they ask, on which basis, in which role, under which agreement per peer. */
    public record Terms(String purpose, String legalBasis, String role, AgreementChooser agreementFor) {
    }

    /** Picks the agreement to invoke with a peer for a purpose and the role this node claims. */
    @FunctionalInterface
    public interface AgreementChooser {
        Optional<String> choose(String peer, String purpose, String role);
    }

    /** Peers the current trust list lists as valid, unrevoked members, other than this node. */
    public List<Member> peers() {
        Instant now = clock.instant();
        return trust.get().members().stream()
                .filter(m -> !m.nodeId().equals(self) && m.revokedAt().isEmpty())
                .filter(m -> !now.isBefore(m.validFrom()) && now.isBefore(m.validUntil()))
                .toList();
    }

    /**
     * Asks every peer with which an agreement covers the purpose (without one a peer can release nothing, so it is
     * not asked and is named in {@code notAsked}).
     */
    public FederatedResult ask(QueryKind kind, String queryJson, Terms terms, Duration deadline) {
        Map<String, Member> peers = new HashMap<>();
        Map<String, String> agreements = new HashMap<>();
        Map<String, String> notAsked = new TreeMap<>();
        for (Member p : peers()) {
            Optional<String> agreement = terms.agreementFor().choose(p.nodeId(), terms.purpose(), terms.role());
            if (agreement.isPresent()) {
                peers.put(p.nodeId(), p);
                agreements.put(p.nodeId(), agreement.get());
            } else {
                notAsked.put(p.nodeId(), "no agreement in force with it covers " + terms.purpose() + " for " + terms.role());
            }
        }
        FanOut.Outcome<List<FederatedResult.Hit>> outcome = FanOut.ask(peers.keySet().stream().sorted().toList(),
                peer -> askOne(peers.get(peer), agreements.get(peer), kind, queryJson, terms), deadline);
        List<FederatedResult.Hit> hits = new ArrayList<>();
        outcome.answers().values().forEach(hits::addAll);
        hits.sort(Comparator.comparingDouble(FederatedResult.Hit::score).reversed());
        return new FederatedResult(hits, outcome.answers().keySet().stream().sorted().toList(), outcome.failures(), notAsked);
    }

    private List<FederatedResult.Hit> askOne(Member peer, String agreement, QueryKind kind, String queryJson, Terms terms) {
        RequestEnvelope request = RequestEnvelope.issue(self, peer.nodeId(), clock.instant(), REQUEST_LIFETIME, random,
                terms.purpose(), terms.legalBasis(), agreement, terms.role(), kind.slug(), queryJson);
        String requestJws = signer.signRequest(request);
        PeerClient.Answer answer;
        try {
            answer = client.ask(peer.endpoint(), requestJws);
        } catch (PeerClient.PeerFailure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        String responseJws = answer.responseJws();
        Verdict<ResponseEnvelope> verdict = verifier.verify(responseJws, requestJws);
        if (verdict instanceof Verdict.Rejected<ResponseEnvelope> rejected) {
            throw new IllegalStateException("response refused: " + rejected.reasons().stream()
                    .map(r -> r.code().slug()).toList());
        }
        ResponseEnvelope response = ((Verdict.Accepted<ResponseEnvelope>) verdict).value();
        List<FederatedResult.Hit> hits = hits(peer.nodeId(), response);
        DecisionCounts counts = DecisionCounts.of(hits);
        exchangeLog.accept(new ExchangeEntry(clock.instant(), ExchangeEntry.Direction.OUT, peer.nodeId(), terms.purpose(),
                terms.legalBasis(), agreement.isBlank() ? null : agreement, QueryService.hash(requestJws),
                QueryService.hash(responseJws), hits.size(), counts.released(), counts.generalised(), counts.withheld(),
                counts.withholdingRules()));
        keepReceipt(peer, answer, requestJws);
        return hits;
    }

    private void keepReceipt(Member peer, PeerClient.Answer answer, String requestJws) {
        Parsed<LogJson.EntryReceipt> parsed = answer.receipt().map(LogJson::parseReceiptHeader)
                .orElseGet(() -> Parsed.refused("receipt.missing"));
        if (parsed instanceof Parsed.Refused<LogJson.EntryReceipt> r) {
            throw new IllegalStateException("receipt refused: " + r.reason());
        }
        LogJson.EntryReceipt receipt = parsed.orThrow();
        Verification v = ReceiptCheck.verify(receipt, self, peer, QueryService.hash(requestJws),
                QueryService.hash(answer.responseJws()));
        if (v instanceof Verification.Invalid invalid) {
            throw new IllegalStateException("receipt refused: " + invalid.code() + " (" + invalid.detail() + ")");
        }
        try {
            receipts.store(peer.nodeId(), receipt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FederatedResult.Hit> hits(String peer, ResponseEnvelope response) {
        try {
            List<Object> records = JSONArrayUtils.parse(response.recordsJson());
            List<Object> decisions = JSONArrayUtils.parse(response.decisionsJson());
            Map<Object, Map<String, Object>> byId = new HashMap<>();
            decisions.forEach(d -> byId.put(((Map<String, Object>) d).get("recordId"), (Map<String, Object>) d));
            List<FederatedResult.Hit> hits = new ArrayList<>();
            for (Object r : records) {
                Map<String, Object> record = (Map<String, Object>) r;
                double score = record.get("score") instanceof Number n ? n.doubleValue() : 0;
                hits.add(new FederatedResult.Hit(peer, score, record, byId.getOrDefault(record.get("recordId"), Map.of())));
            }
            return hits;
        } catch (ParseException | ClassCastException e) {
            throw new IllegalStateException("response from " + peer + " is not a valid answer document", e);
        }
    }
}
