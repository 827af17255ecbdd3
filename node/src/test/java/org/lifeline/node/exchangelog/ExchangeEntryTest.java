// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lifeline.node.exchangelog.ExchangeEntry.Direction;

class ExchangeEntryTest {
    private static final Hash REQUEST = new Hash(filled(0x11));
    private static final Hash RESPONSE = new Hash(filled(0x22));

    private static ExchangeEntry sample(List<String> rules) {
        return new ExchangeEntry(Instant.ofEpochSecond(1_732_380_000L, 5), Direction.OUT, "node-b",
                "https://w3id.org/lifeline/purpose/family-tracing", "https://w3id.org/lifeline/legal-basis/agreement",
                "agr-7", REQUEST, RESPONSE, 2, 9, 1, 3, rules);
    }

    @Nested
    class Encode {
        @Test
        void encode_followsTheDocumentedV1Layout() {
            // Built by hand from docs/audit.md "Entry encoding", independently of EntryCodec.
            var expected = new ByteArrayOutputStream();
            expected.write(1);
            expected.writeBytes(ByteBuffer.allocate(12).putLong(1_732_380_000L).putInt(5).array());
            expected.write(1);
            text(expected, "node-b");
            text(expected, "https://w3id.org/lifeline/purpose/family-tracing");
            text(expected, "https://w3id.org/lifeline/legal-basis/agreement");
            expected.write(1);
            text(expected, "agr-7");
            expected.writeBytes(filled(0x11));
            expected.writeBytes(filled(0x22));
            expected.writeBytes(ByteBuffer.allocate(16).putInt(2).putInt(9).putInt(1).putInt(3).array());
            expected.writeBytes(new byte[] {0, 2});
            text(expected, "a.rule");
            text(expected, "b.rule");

            assertThat(sample(List.of("b.rule", "a.rule", "b.rule")).encode()).isEqualTo(expected.toByteArray());
        }

        @Test
        void construct_sortsAndDeduplicatesRuleIds() {
            assertThat(sample(List.of("z", "a", "z")).withholdingRules()).containsExactly("a", "z");
        }

        @Test
        void construct_refusesWhatCouldCarryFreeText() {
            assertThatThrownBy(() -> sample(List.of("has space"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ExchangeEntry(Instant.EPOCH, Direction.IN, "line\nbreak", "p", "b", null,
                    REQUEST, RESPONSE, 0, 0, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ExchangeEntry(Instant.EPOCH, Direction.IN, "x".repeat(1025), "p", "b", null,
                    REQUEST, RESPONSE, 0, 0, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ExchangeEntry(Instant.EPOCH, Direction.IN, "n", "p", "b", null,
                    REQUEST, RESPONSE, -1, 0, 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Decode {
        @Test
        void decode_ofEncode_isTheSameEntry_forManyEntries() {
            for (ExchangeEntry e : Entries.range(0, 200)) {
                assertThat(ExchangeEntry.decode(e.encode())).isEqualTo(Parsed.ok(e));
            }
        }

        @Test
        void decode_refusesTrailingBytes() {
            byte[] b = sample(List.of()).encode();
            assertThat(reason(Arrays.copyOf(b, b.length + 1))).startsWith("entry.trailing-bytes");
        }

        @Test
        void decode_refusesEveryTruncation() {
            byte[] b = sample(List.of("r")).encode();
            for (int len = 0; len < b.length; len++) {
                assertThat(ExchangeEntry.decode(Arrays.copyOf(b, len))).as("length %d", len)
                        .isInstanceOf(Parsed.Refused.class);
            }
        }

        @Test
        void decode_refusesNonCanonicalForms() {
            byte[] b = sample(List.of("a.rule", "b.rule")).encode();
            assertThat(reason(patch(b, 0, 2))).contains("unknown version");
            assertThat(reason(patch(b, 13, 7))).contains("unknown direction");
            int flag = 1 + 12 + 1 + 8 + 50 + 49;
            assertThat(reason(patch(b, flag, 2))).contains("presence flag");
            byte[] swapped = b.clone();
            swapped[b.length - 14] = 'c'; // "a.rule" becomes "c.rule", now after "b.rule"
            assertThat(reason(swapped)).contains("strictly ascending");
            assertThat(reason(patch(b, 9, 0x7f))).contains("nanoseconds");
            assertThat(reason(patch(b, 16, 0xff))).isEqualTo("entry.bad-utf8");
        }
    }

    private static String reason(byte[] bytes) {
        return switch (ExchangeEntry.decode(bytes)) {
            case Parsed.Refused<ExchangeEntry> r -> r.reason();
            case Parsed.Ok<ExchangeEntry> ok -> "accepted";
        };
    }

    private static byte[] patch(byte[] b, int at, int value) {
        byte[] c = b.clone();
        c[at] = (byte) value;
        return c;
    }

    private static void text(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(new byte[] {(byte) (b.length >> 8), (byte) b.length});
        out.writeBytes(b);
    }

    private static byte[] filled(int value) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
