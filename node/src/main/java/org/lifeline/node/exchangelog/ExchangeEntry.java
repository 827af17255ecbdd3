// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One logged exchange: who asked or answered, under which purpose, legal basis and agreement, digests of the request
 * and response, and what the consent engine decided in counts. It carries no personal data by construction: only ids
 * (IRIs), hashes and counts. Its leaf in the Merkle tree is the canonical encoding (docs/audit.md, "Entry encoding").
 *
 * @param purpose          purpose IRI, e.g. {@code https://w3id.org/lifeline/purpose/family-tracing}
 * @param legalBasis       legal basis IRI, e.g. {@code https://w3id.org/lifeline/legal-basis/agreement}
 * @param agreementId      the sharing agreement's id, absent when the basis is consent or vital interest
 * @param withholdingRules ids of the rules that withheld a field; normalised to a sorted set of printable-ASCII ids
 */
public record ExchangeEntry(
        Instant time,
        Direction direction,
        String peerNodeId,
        String purpose,
        String legalBasis,
        @Nullable String agreementId,
        Hash requestHash,
        Hash responseHash,
        int recordsCount,
        int fieldsReleased,
        int fieldsGeneralised,
        int fieldsWithheld,
        List<String> withholdingRules) {

    /** Longest text field, in UTF-8 bytes; ids and IRIs are far shorter, this bounds what a decoder allocates. */
    public static final int MAX_TEXT_BYTES = 1024;
    public static final int MAX_RULES = 256;

    public enum Direction { IN, OUT }

    public ExchangeEntry {
        EntryCodec.checkText("peerNodeId", peerNodeId);
        EntryCodec.checkText("purpose", purpose);
        EntryCodec.checkText("legalBasis", legalBasis);
        if (agreementId != null) {
            EntryCodec.checkText("agreementId", agreementId);
        }
        checkCount("recordsCount", recordsCount);
        checkCount("fieldsReleased", fieldsReleased);
        checkCount("fieldsGeneralised", fieldsGeneralised);
        checkCount("fieldsWithheld", fieldsWithheld);
        withholdingRules = List.copyOf(new TreeSet<>(withholdingRules));
        if (withholdingRules.size() > MAX_RULES) {
            throw new IllegalArgumentException("at most " + MAX_RULES + " rule ids but got " + withholdingRules.size());
        }
        withholdingRules.forEach(EntryCodec::checkRuleId);
    }

    /** The canonical bytes; the same entry always gives the same bytes. */
    public byte[] encode() {
        return EntryCodec.encode(this);
    }

    /** Decodes canonical bytes, refusing unknown versions, non-canonical forms and trailing bytes. */
    public static Parsed<ExchangeEntry> decode(byte[] bytes) {
        return EntryCodec.decode(bytes);
    }

    public Hash leafHash() {
        return Rfc9162.leafHash(encode());
    }

    private static void checkCount(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative but was " + value);
        }
    }
}
