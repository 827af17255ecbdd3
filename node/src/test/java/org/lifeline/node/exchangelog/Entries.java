// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lifeline.node.exchangelog.ExchangeEntry.Direction;

/** Deterministic synthetic exchange entries for tests and the benchmark (no personal data, like the real ones). */
public final class Entries {
    private static final String[] PURPOSES = {"family-tracing", "consular-assistance", "evacuation"};
    private static final String[] BASES = {"consent", "agreement", "vital-interest"};

    private Entries() {
    }

    public static ExchangeEntry entry(long n) {
        var r = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 7);
        String basis = BASES[r.nextInt(BASES.length)];
        List<String> rules = r.nextBoolean() ? List.of() : List.of("firewall.refugee-to-origin-state", "consent.scope");
        return new ExchangeEntry(
                Instant.ofEpochSecond(1_700_000_000L + n, r.nextInt(1_000_000_000)),
                r.nextBoolean() ? Direction.IN : Direction.OUT,
                "https://node" + r.nextInt(40) + ".example.org/",
                "https://w3id.org/lifeline/purpose/" + PURPOSES[r.nextInt(PURPOSES.length)],
                "https://w3id.org/lifeline/legal-basis/" + basis,
                basis.equals("agreement") ? "urn:uuid:agreement-" + r.nextInt(100) : null,
                hash(r), hash(r), r.nextInt(20), r.nextInt(200), r.nextInt(20), r.nextInt(50), rules);
    }

    public static List<ExchangeEntry> range(long from, int count) {
        List<ExchangeEntry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(entry(from + i));
        }
        return out;
    }

    private static Hash hash(SplittableRandom r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return new Hash(b);
    }
}
