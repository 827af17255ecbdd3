// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.lifeline.node.exchangelog.ExchangeLogReader;
import org.lifeline.node.exchangelog.NoteSignature;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.VerifierKey;
import org.lifeline.node.exchangelog.audit.WitnessCosignature;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.transparency.Checkpointer;
import org.lifeline.node.federation.transparency.CosignatureStore;
import org.lifeline.node.federation.transparency.LogJson;
import org.lifeline.node.federation.transparency.PeerLogKeys;
import org.lifeline.node.keys.CertificateFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange-log side of the peer endpoint (docs/protocol.md, "Exchange log endpoints"): the latest signed
 * checkpoint with the cosignatures gathered, RFC 9162 inclusion and consistency proofs, and the place where witnesses
 * hand in their cosignatures. A cosignature is kept only if it is by the witness key of the member whose certificate
 * made the TLS connection, verifies, and is on a checkpoint this log really signed.
 */
public final class LogService {
    private static final Logger LOG = LoggerFactory.getLogger(LogService.class);

    private final ExchangeLogReader log;
    private final Checkpointer checkpointer;
    private final CosignatureStore cosignatures;
    private final Supplier<TrustList> trust;
    private final Clock clock;

    public LogService(ExchangeLogReader log, Checkpointer checkpointer, CosignatureStore cosignatures,
                      Supplier<TrustList> trust, Clock clock) {
        this.log = log;
        this.checkpointer = checkpointer;
        this.cosignatures = cosignatures;
        this.trust = trust;
        this.clock = clock;
    }

    public PeerReply checkpoint() {
        return checkpointer.latest().map(cp -> PeerReply.ok(PeerReply.NOTE, cosignatures.withCosignatures(cp).format()))
                .orElseGet(() -> notFound("this log has signed no checkpoint yet"));
    }

    /** {@code index} and {@code size}: 0 <= index < size <= current size. */
    public PeerReply inclusion(Map<String, String> query) {
        OptionalLong index = number(query, "index");
        OptionalLong size = number(query, "size");
        if (index.isEmpty() || size.isEmpty() || index.getAsLong() >= size.getAsLong() || size.getAsLong() > log.size()) {
            return bad("index,size", "need 0 <= index < size <= " + log.size());
        }
        return PeerReply.ok(PeerReply.JSON, LogJson.inclusionJson(log.inclusionProof(index.getAsLong(), size.getAsLong())));
    }

    /** {@code from} and {@code to}: 1 <= from <= to <= current size (a proof from the empty tree proves nothing). */
    public PeerReply consistency(Map<String, String> query) {
        OptionalLong from = number(query, "from");
        OptionalLong to = number(query, "to");
        if (from.isEmpty() || to.isEmpty() || from.getAsLong() < 1 || from.getAsLong() > to.getAsLong()
                || to.getAsLong() > log.size()) {
            return bad("from,to", "need 1 <= from <= to <= " + log.size());
        }
        return PeerReply.ok(PeerReply.JSON,
                LogJson.consistencyJson(log.consistencyProof(from.getAsLong(), to.getAsLong())));
    }

    /** Body: the checkpoint note carrying the witness's cosignature line(s). */
    public PeerReply cosign(String body, Optional<CertificateFingerprint> tlsPeer) {
        Optional<Member> witness = tlsPeer.flatMap(fp -> trust.get().memberByCertificate(fp))
                .filter(m -> m.isCurrentAt(clock.instant()));
        if (witness.isEmpty()) {
            return PeerReply.problem(403, QueryService.problem("unknown-witness", "Not a current member", 403,
                    "the TLS certificate names no current member", "certificate"));
        }
        if (!(SignedCheckpoint.parse(body) instanceof Parsed.Ok<SignedCheckpoint> ok)) {
            return bad("body", "not a signed checkpoint note");
        }
        SignedCheckpoint offered = ok.value();
        if (log.checkpoints().stream().noneMatch(cp -> cp.checkpoint().equals(offered.checkpoint()))) {
            return bad("body", "this log never signed that checkpoint");
        }
        List<NoteSignature> valid = validCosignatures(offered, PeerLogKeys.witnessKeys(witness.get()));
        if (valid.isEmpty()) {
            return bad("body", "no valid cosignature by the witness key of " + witness.get().nodeId());
        }
        try {
            for (NoteSignature s : valid) {
                cosignatures.add(new WitnessCosignature(offered.checkpoint(), s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("checkpoint {} cosigned by {}", offered.size(), witness.get().nodeId());
        return PeerReply.ok(PeerReply.JSON, "{\"stored\":" + valid.size() + "}");
    }

    private static List<NoteSignature> validCosignatures(SignedCheckpoint offered, List<VerifierKey> keys) {
        List<NoteSignature> lines = offered.note().signatures();
        return keys.stream().filter(k -> offered.note().verifiedBy(k.verifier()).ok())
                .flatMap(k -> lines.stream().filter(s -> s.keyName().equals(k.keyName()) && s.keyId() == k.keyId()))
                .toList();
    }

    private static OptionalLong number(Map<String, String> query, String key) {
        String v = query.get(key);
        if (v == null || !v.matches("0|[1-9][0-9]{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(v));
    }

    private static PeerReply bad(String field, String detail) {
        return PeerReply.problem(400, QueryService.problem("invalid-log-request", "Invalid request", 400, detail, field));
    }

    private static PeerReply notFound(String detail) {
        return PeerReply.problem(404, QueryService.problem("not-found", "Not found", 404, detail, ""));
    }
}
