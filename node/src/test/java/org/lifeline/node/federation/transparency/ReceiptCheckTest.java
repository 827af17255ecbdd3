// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.InclusionProof;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.Receipt;
import org.lifeline.node.exchangelog.Rfc9162;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.Verification;
import org.lifeline.node.exchangelog.file.FileExchangeLog;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.transparency.LogJson.EntryReceipt;
import org.lifeline.node.keys.Ed25519NoteSigner;
import org.lifeline.node.keys.NodeIdentity;

class ReceiptCheckTest {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final Hash REQUEST = sha("request-jws");
    static final Hash RESPONSE = sha("response-jws");

    @TempDir
    Path dir;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final NodeIdentity host = NodeIdentity.generate("host", NOW, Duration.ofDays(1), new SecureRandom());
    final Member hostMember = Member.of(host, "Host", Set.of(), Set.of("civil-protection"),
            URI.create("https://127.0.0.1:1"), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)));
    FileExchangeLog log;
    Checkpointer checkpointer;

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    static Hash sha(String s) {
        return new Hash(Rfc9162.sha256(s.getBytes(StandardCharsets.UTF_8)));
    }

    static ExchangeEntry answered(String requester, Hash request, Hash response) {
        return new ExchangeEntry(NOW, ExchangeEntry.Direction.IN, requester,
                "https://w3id.org/lifeline/purpose/family-tracing", "https://w3id.org/lifeline/legal-basis/consent", null,
                request, response, 1, 5, 1, 2, List.of("consent.field-not-covered"));
    }

    EntryReceipt issue(ExchangeEntry entry) {
        log = log != null ? log : FileExchangeLog.open(dir);
        checkpointer = new Checkpointer(log, Ed25519NoteSigner.log(host), clock);
        long index = log.append(List.of(answered("origin", sha("earlier"), sha("earlier-response")), entry)) + 1;
        Receipt receipt = log.receipt(index, checkpointer.covering(index));
        return LogJson.parseReceiptHeader(LogJson.receiptHeader(entry, receipt)).orThrow();
    }

    Verification check(EntryReceipt r) {
        return ReceiptCheck.verify(r, "origin", hostMember, REQUEST, RESPONSE);
    }

    static String code(Verification v) {
        return v instanceof Verification.Invalid i ? i.code() : "valid";
    }

    @Test
    void receiptForOurExchange_survivesTheHeaderAndVerifies() {
        EntryReceipt r = issue(answered("origin", REQUEST, RESPONSE));

        assertThat(check(r)).isEqualTo(Verification.VALID);
        assertThat(r.receipt().index()).isEqualTo(1);
        assertThat(r.receipt().checkpoint().size()).isEqualTo(2);
    }

    @Test
    void checkpointer_reusesACoveringCheckpoint_andSignsANewOneOnlyWhenNeeded() {
        issue(answered("origin", REQUEST, RESPONSE));
        SignedCheckpoint first = checkpointer.covering(1);
        assertThat(checkpointer.covering(0)).isEqualTo(first);
        log.append(List.of(answered("io", REQUEST, RESPONSE)));

        assertThat(checkpointer.covering(2).size()).isEqualTo(3);
        assertThat(checkpointer.refresh().size()).isEqualTo(3);
        assertThat(log.checkpoints()).hasSize(2);
    }

    @Test
    void receiptForAnotherResponse_isRefused() {
        assertThat(code(check(issue(answered("origin", REQUEST, sha("other response"))))))
                .isEqualTo("receipt.response-hash-mismatch");
    }

    @Test
    void receiptForAnotherRequester_isRefused() {
        assertThat(code(check(issue(answered("io", REQUEST, RESPONSE))))).isEqualTo("receipt.not-our-exchange");
    }

    @Test
    void receiptSignedByAKeyTheTrustListDoesNotGiveThePeer_isRefused() {
        NodeIdentity impostor = NodeIdentity.generate("host", NOW, Duration.ofDays(1), new SecureRandom());
        EntryReceipt genuine = issue(answered("origin", REQUEST, RESPONSE));
        SignedCheckpoint forged = SignedCheckpoint.sign(genuine.receipt().checkpoint().checkpoint(),
                Ed25519NoteSigner.log(impostor));
        var r = new EntryReceipt(genuine.entry(), new Receipt(1, genuine.receipt().proof(), forged));

        assertThat(code(check(r))).isEqualTo("receipt.unknown-log-key");
    }

    @Test
    void tamperedProofPath_failsInclusion() {
        EntryReceipt genuine = issue(answered("origin", REQUEST, RESPONSE));
        List<Hash> path = new ArrayList<>(genuine.receipt().proof().path());
        path.set(0, sha("not the sibling"));
        var r = new EntryReceipt(genuine.entry(), new Receipt(1, new InclusionProof(1, 2, path),
                genuine.receipt().checkpoint()));

        assertThat(code(check(r))).isEqualTo("inclusion.root-mismatch");
    }

    @Test
    void damagedHeaders_areRefusedNotThrown() {
        String header = LogJson.receiptHeader(answered("origin", REQUEST, RESPONSE),
                issue(answered("origin", REQUEST, RESPONSE)).receipt());
        String json = new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);

        assertThat(LogJson.parseReceiptHeader("%%%")).isInstanceOf(Parsed.Refused.class);
        assertThat(LogJson.parseReceiptHeader("x".repeat(LogJson.MAX_RECEIPT_CHARS + 1)))
                .isInstanceOf(Parsed.Refused.class);
        assertThat(code(check(LogJson.parseReceipt(json.replace("\"index\":1", "\"index\":0")).orThrow())))
                .as("the entry moved to another leaf").isEqualTo("inclusion.root-mismatch");
        assertThat(LogJson.parseReceipt(json.replace("\"entry\":\"A", "\"entry\":\"B")))
                .as("entry no longer canonical v1").isInstanceOf(Parsed.Refused.class);
    }
}
