// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.linkage;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifeline.node.search.NameKey;
import org.lifeline.node.search.PartialDate;
import org.lifeline.node.search.PersonFeatures;
import org.lifeline.node.search.Sex;

/**
 * Encodes person features for PPRL under one agreement key.
 *
 * <p>Names (already {@link NameKey#latin}, so transliterated and folded) go into a Bloom filter per role: the
 * padded bigrams of every key ({@code _mohamed_} → {@code _m, mo, ..., d_}) with {@value #BIGRAM_HASHES} positions
 * each, and every phonetic code with {@value #CODE_HASHES} positions, so spellings of one name across scripts share
 * most bits. Positions come from HMAC-SHA256(bloom key, element) by double hashing (h1 + i·h2 mod m), as in Schnell,
 * Bachteler and Reiher's cryptographic long-term keys. Other fields become truncated HMAC tokens under a second key.
 */
public final class ClkEncoder {
    public static final int FILTER_BITS = 512;
    static final int BIGRAM_HASHES = 3;
    static final int CODE_HASHES = 6;
    private static final int TOKEN_BYTES = 16;

    private final Keyed bloom;
    private final Keyed tokens;

    public ClkEncoder(AgreementKey key) {
        this.bloom = new Keyed(key.bloomKey());
        this.tokens = new Keyed(key.tokenKey());
    }

    public PprlRecord encode(PersonFeatures f) {
        return new PprlRecord(names(f.givenNames()), names(f.familyNames()), f.birthDate().map(this::date),
                f.sex() == Sex.UNKNOWN ? Optional.empty() : Optional.of(token("sex", f.sex().name())),
                tokens("nationality", f.nationalities()), tokens("admin1", f.admin1()), tokens("country", f.countries()));
    }

    /** A Bloom filter of names in {@link NameKey#latin} form (empty names give an empty filter). */
    public Clk names(List<String> latinNames) {
        long[] words = new long[FILTER_BITS / 64];
        for (String name : latinNames) {
            for (NameKey key : NameKey.keys(name)) {
                String padded = "_" + key.latin() + "_";
                for (int i = 0; i + 2 <= padded.length(); i++) {
                    set(words, "b:" + padded.substring(i, i + 2), BIGRAM_HASHES);
                }
                key.codes().forEach(c -> set(words, "c:" + c, CODE_HASHES));
            }
        }
        return new Clk(words);
    }

    private void set(long[] words, String element, int hashes) {
        ByteBuffer h = ByteBuffer.wrap(bloom.hmac(element));
        long h1 = h.getLong();
        long h2 = h.getLong() | 1;
        for (int i = 0; i < hashes; i++) {
            int bit = (int) Long.remainderUnsigned(h1 + i * h2, FILTER_BITS);
            words[bit >>> 6] |= 1L << (bit & 63);
        }
    }

    PprlDate date(PartialDate d) {
        String y = token("y", "%04d".formatted(d.year()));
        Optional<String> ym = d.hasMonth() ? Optional.of(token("ym", d.toString().substring(0, 7))) : Optional.empty();
        if (!d.hasDay()) {
            return new PprlDate(y, ym, Optional.empty(), Optional.empty(), Set.of());
        }
        Set<String> near = new LinkedHashSet<>();
        for (int year : nearYears(d.year())) {
            nearDate(year, d).ifPresent(n -> near.add(token("ymd", n.toString())));
        }
        return new PprlDate(y, ym, Optional.of(token("ymd", d.toString())),
                d.transposed().map(t -> token("ymd", t.toString())), near);
    }

    private static Optional<PartialDate> nearDate(int year, PartialDate d) {
        try {
            return Optional.of(new PartialDate(year, d.month(), d.day()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Years one apart or differing in one digit, as {@code PartialDate} counts them near. */
    private static Set<Integer> nearYears(int year) {
        Set<Integer> out = new LinkedHashSet<>(List.of(year - 1, year + 1));
        String s = "%04d".formatted(year);
        for (int pos = 0; pos < 4; pos++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != s.charAt(pos)) {
                    int y = Integer.parseInt(s.substring(0, pos) + c + s.substring(pos + 1));
                    if (y >= 1 && Integer.toString(y).length() == Integer.toString(year).length()) {
                        out.add(y);
                    }
                }
            }
        }
        out.removeIf(y -> y < 1 || y > 9999 || y == year);
        return out;
    }

    private Set<String> tokens(String field, Set<String> values) {
        return values.stream().map(v -> token(field, v)).collect(Collectors.toUnmodifiableSet());
    }

    String token(String field, String value) {
        byte[] mac = tokens.hmac(field + "\u0000" + value);
        return HexFormat.of().formatHex(mac, 0, TOKEN_BYTES);
    }
}
