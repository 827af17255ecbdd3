// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifeline.node.exchangelog.ConsistencyProof;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.InclusionProof;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.Receipt;
import org.lifeline.node.exchangelog.SignedCheckpoint;

/**
 * JSON forms of receipts and proofs on the wire (docs/protocol.md). Hashes are standard base64 like checkpoint roots;
 * the entry is its canonical v1 bytes, so the requester hashes exactly the leaf the log hashed. A receipt travels in
 * the {@code Lifeline-Receipt} header as base64url (no padding) of its JSON. Parsing refuses, never throws.
 */
public final class LogJson {
    /** Upper bound on a receipt header we accept: a note, an entry and a 64-hash path fit well inside it. */
    public static final int MAX_RECEIPT_CHARS = 16_384;

    private LogJson() {
    }

    /** A receipt with the entry it is for. */
    public record EntryReceipt(ExchangeEntry entry, Receipt receipt) {
    }

    public static String receiptJson(ExchangeEntry entry, Receipt receipt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", receipt.index());
        m.put("entry", Base64.getEncoder().encodeToString(entry.encode()));
        m.put("treeSize", receipt.proof().treeSize());
        m.put("path", hashes(receipt.proof().path()));
        m.put("checkpoint", receipt.checkpoint().format());
        return JSONObjectUtils.toJSONString(m);
    }

    public static String receiptHeader(ExchangeEntry entry, Receipt receipt) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(receiptJson(entry, receipt).getBytes(StandardCharsets.UTF_8));
    }

    public static Parsed<EntryReceipt> parseReceiptHeader(String header) {
        if (header.length() > MAX_RECEIPT_CHARS) {
            return Parsed.refused("receipt.too-large: " + header.length() + " characters");
        }
        try {
            return parseReceipt(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Parsed.refused("receipt.malformed: header is not base64url");
        }
    }

    public static Parsed<EntryReceipt> parseReceipt(String json) {
        return parse(json, "receipt", m -> {
            Parsed<ExchangeEntry> entry = ExchangeEntry.decode(Base64.getDecoder().decode(string(m, "entry")));
            Parsed<SignedCheckpoint> checkpoint = SignedCheckpoint.parse(string(m, "checkpoint"));
            if (entry instanceof Parsed.Refused<ExchangeEntry> r) {
                return Parsed.refused("receipt.entry: " + r.reason());
            }
            if (checkpoint instanceof Parsed.Refused<SignedCheckpoint> r) {
                return Parsed.refused("receipt.checkpoint: " + r.reason());
            }
            long index = JSONObjectUtils.getLong(m, "index");
            var proof = new InclusionProof(index, JSONObjectUtils.getLong(m, "treeSize"), hashes(m, "path"));
            return Parsed.ok(new EntryReceipt(entry.orThrow(), new Receipt(index, proof, checkpoint.orThrow())));
        });
    }

    public static String inclusionJson(InclusionProof proof) {
        return JSONObjectUtils.toJSONString(Map.of("index", proof.leafIndex(), "size", proof.treeSize(),
                "path", hashes(proof.path())));
    }

    public static Parsed<InclusionProof> parseInclusion(String json) {
        return parse(json, "proof", m -> Parsed.ok(new InclusionProof(JSONObjectUtils.getLong(m, "index"),
                JSONObjectUtils.getLong(m, "size"), hashes(m, "path"))));
    }

    public static String consistencyJson(ConsistencyProof proof) {
        return JSONObjectUtils.toJSONString(Map.of("from", proof.size1(), "to", proof.size2(),
                "path", hashes(proof.path())));
    }

    public static Parsed<ConsistencyProof> parseConsistency(String json) {
        return parse(json, "proof", m -> Parsed.ok(new ConsistencyProof(JSONObjectUtils.getLong(m, "from"),
                JSONObjectUtils.getLong(m, "to"), hashes(m, "path"))));
    }

    /** Reads one JSON object; a missing member, wrong type or value a record refuses is a refusal, never thrown. */
    @FunctionalInterface
    private interface Reader<T> {
        Parsed<T> read(Map<String, Object> json) throws ParseException;
    }

    private static <T> Parsed<T> parse(String json, String what, Reader<T> reader) {
        try {
            return reader.read(JSONObjectUtils.parse(json));
        } catch (ParseException | IllegalArgumentException | ClassCastException e) {
            return Parsed.refused(what + ".malformed: " + e.getClass().getSimpleName());
        }
    }

    private static List<String> hashes(List<Hash> path) {
        return path.stream().map(Hash::base64).toList();
    }

    private static List<Hash> hashes(Map<String, Object> m, String key) throws ParseException {
        String[] path = JSONObjectUtils.getStringArray(m, key);
        if (path == null || path.length > 64) {
            throw new ParseException(key + " must be an array of at most 64 hashes", 0);
        }
        return java.util.Arrays.stream(path).map(Hash::fromBase64).toList();
    }

    private static String string(Map<String, Object> m, String key) throws ParseException {
        String s = JSONObjectUtils.getString(m, key);
        if (s == null) {
            throw new ParseException(key + " is missing", 0);
        }
        return s;
    }
}
