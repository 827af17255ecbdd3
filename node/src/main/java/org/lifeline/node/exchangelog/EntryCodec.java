// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lifeline.node.exchangelog.ExchangeEntry.Direction;

/**
 * Canonical encoding of {@link ExchangeEntry}, version 1 (docs/audit.md, "Entry encoding"). Big-endian; text is
 * u16 length + UTF-8; the decoder accepts exactly what the encoder produces and nothing else.
 */
final class EntryCodec {
    static final byte VERSION = 1;

    private EntryCodec() {
    }

    static byte[] encode(ExchangeEntry e) {
        var out = new ByteArrayOutputStream(256);
        out.write(VERSION);
        writeLong(out, e.time().getEpochSecond());
        writeInt(out, e.time().getNano());
        out.write(e.direction().ordinal());
        writeText(out, e.peerNodeId());
        writeText(out, e.purpose());
        writeText(out, e.legalBasis());
        out.write(e.agreementId() == null ? 0 : 1);
        if (e.agreementId() != null) {
            writeText(out, e.agreementId());
        }
        out.writeBytes(e.requestHash().bytes());
        out.writeBytes(e.responseHash().bytes());
        for (int count : new int[] {e.recordsCount(), e.fieldsReleased(), e.fieldsGeneralised(), e.fieldsWithheld()}) {
            writeInt(out, count);
        }
        writeShort(out, e.withholdingRules().size());
        e.withholdingRules().forEach(rule -> writeText(out, rule));
        return out.toByteArray();
    }

    static Parsed<ExchangeEntry> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            ExchangeEntry entry = read(in);
            return in.hasRemaining()
                    ? Parsed.refused("entry.trailing-bytes: " + in.remaining() + " bytes after the entry")
                    : Parsed.ok(entry);
        } catch (BufferUnderflowException e) {
            return Parsed.refused("entry.truncated: " + bytes.length + " bytes");
        } catch (CharacterCodingException e) {
            return Parsed.refused("entry.bad-utf8");
        } catch (IllegalArgumentException | DateTimeException e) {
            return Parsed.refused("entry.invalid: " + e.getMessage());
        }
    }

    private static ExchangeEntry read(ByteBuffer in) throws CharacterCodingException {
        int version = in.get();
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown version " + version);
        }
        Instant time = Instant.ofEpochSecond(in.getLong(), checkedNanos(in.getInt()));
        Direction direction = direction(in.get());
        String peer = readText(in);
        String purpose = readText(in);
        String legalBasis = readText(in);
        String agreement = readOptionalText(in);
        Hash request = readHash(in);
        Hash response = readHash(in);
        int records = in.getInt();
        int released = in.getInt();
        int generalised = in.getInt();
        int withheld = in.getInt();
        List<String> rules = readRules(in);
        return new ExchangeEntry(time, direction, peer, purpose, legalBasis, agreement, request, response,
                records, released, generalised, withheld, rules);
    }

    private static long checkedNanos(int nanos) {
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IllegalArgumentException("nanoseconds out of range: " + nanos);
        }
        return nanos;
    }

    private static Direction direction(byte b) {
        if (b < 0 || b >= Direction.values().length) {
            throw new IllegalArgumentException("unknown direction " + b);
        }
        return Direction.values()[b];
    }

    private static @Nullable String readOptionalText(ByteBuffer in) throws CharacterCodingException {
        byte present = in.get();
        if (present != 0 && present != 1) {
            throw new IllegalArgumentException("presence flag must be 0 or 1 but was " + present);
        }
        return present == 1 ? readText(in) : null;
    }

    // Canonical form: strictly ascending, so duplicates and unsorted lists are refused, not normalised.
    private static List<String> readRules(ByteBuffer in) throws CharacterCodingException {
        int count = Short.toUnsignedInt(in.getShort());
        List<String> rules = new ArrayList<>(Math.min(count, ExchangeEntry.MAX_RULES));
        for (int i = 0; i < count; i++) {
            String rule = readText(in);
            if (!rules.isEmpty() && rules.getLast().compareTo(rule) >= 0) {
                throw new IllegalArgumentException("rule ids not strictly ascending at position " + i);
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Hash readHash(ByteBuffer in) {
        byte[] h = new byte[Hash.LENGTH];
        in.get(h);
        return new Hash(h);
    }

    private static String readText(ByteBuffer in) throws CharacterCodingException {
        int length = Short.toUnsignedInt(in.getShort());
        if (length > ExchangeEntry.MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("text of " + length + " bytes exceeds " + ExchangeEntry.MAX_TEXT_BYTES);
        }
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        ByteBuffer slice = in.slice(in.position(), length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(slice)
                .toString();
    }

    static void checkText(String name, String value) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (value.isBlank() || bytes > ExchangeEntry.MAX_TEXT_BYTES) {
            throw new IllegalArgumentException(name + " must be non-blank and at most "
                    + ExchangeEntry.MAX_TEXT_BYTES + " UTF-8 bytes but had " + bytes);
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must not contain control characters");
        }
        if (!value.equals(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException(name + " is not well-formed Unicode");
        }
    }

    static void checkRuleId(String rule) {
        if (rule.isEmpty() || rule.length() > ExchangeEntry.MAX_TEXT_BYTES
                || !rule.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("rule id must be 1.." + ExchangeEntry.MAX_TEXT_BYTES
                    + " printable ASCII characters without spaces");
        }
    }

    private static void writeText(ByteArrayOutputStream out, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        writeShort(out, b.length);
        out.writeBytes(b);
    }

    private static void writeShort(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        writeShort(out, v >>> 16);
        writeShort(out, v & 0xffff);
    }

    private static void writeLong(ByteArrayOutputStream out, long v) {
        writeInt(out, (int) (v >>> 32));
        writeInt(out, (int) v);
    }
}
