// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The normalisation contract for names, shared by every index and by PPRL encoding so both sides of a comparison
 * agree on it.
 *
 * <ol>
 *   <li>{@link #latin(String)}: any script to lower-case ASCII Latin. ICU's BGN/PCGN romanisations for Russian and
 *   Arabic come first (they give the spellings registrars write: Шевченко → shevchenko, فاطمة → fatmh), then ICU
 *   {@code Any-Latin; Latin-ASCII} for everything else. A leading Arabic article ال is kept as the particle "al".
 *   An initial ʿayn or hamza becomes "a" so عمر and Omar start alike. Everything but letters becomes a space.</li>
 *   <li>{@link #keys(String)}: one key per token, particles (al, el, bin, de, van, ...) dropped, plus the joined form
 *   of a multi-token name (Al-Hassan → alhassan) so compound and split spellings still meet.</li>
 *   <li>Each key carries phonetic codes: a consonant skeleton built for cross-script matching ("s:" + code; vowels
 *   dropped except an initial one, digraphs folded: kh→h, sh→s, ch→k; d→t, b→p, v→f, z→s, c/q→k; a final h dropped;
 *   doubles collapsed), so Мухаммед, Muhammad, Mohamed and محمد all give {@code mhmt}; and Double Metaphone
 *   ("m:" + primary, alternate) for Latin spelling variants.</li>
 * </ol>
 */
public record NameKey(String latin, List<String> codes) {
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ben", "ibn", "bint", "de", "del", "da",
            "di", "la", "le", "van", "von", "der", "den");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(^|\\s)ال(?=\\p{IsArabic}{2,})");
    private static final Pattern INITIAL_ALEF = Pattern.compile("(^|\\s)[اأإآ](?=\\p{IsArabic})");
    private static final Pattern INITIAL_GLOTTAL = Pattern.compile("(^|\\s)[ʿʾʼ'\u0653\u0654\u0655]+(?=\\p{L})");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("ru-ru_Latn/BGN; ar-ar_Latn/BGN; Any-Latin; Latin-ASCII; Lower"));
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, NameKey> CACHE = new ConcurrentHashMap<>();

    static {
        METAPHONE.setMaxCodeLen(6);
    }

    public NameKey {
        if (latin.isEmpty() || !latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("a name key must be non-empty lower-case a-z");
        }
        codes = List.copyOf(codes);
    }

    /** A name in any script as space-separated lower-case ASCII tokens; empty when nothing letter-like is left. */
    public static String latin(String anyScript) {
        String s = ARABIC_ARTICLE.matcher(anyScript).replaceAll("$1al ");
        s = INITIAL_ALEF.matcher(s).replaceAll("$1a");
        s = INITIAL_GLOTTAL.matcher(s).replaceAll("$1a");
        s = TO_LATIN.get().transliterate(s);
        s = INITIAL_GLOTTAL.matcher(s).replaceAll("$1a");
        return NON_LETTERS.matcher(s.replace("'", "")).replaceAll(" ").strip();
    }

    /** Keys of a name already in {@link #latin} form: its tokens without particles, then the joined form if any. */
    public static List<NameKey> keys(String latinName) {
        List<NameKey> keys = new ArrayList<>(tokens(latinName));
        joined(latinName).ifPresent(keys::add);
        return keys;
    }

    /** One key per token of a {@link #latin} name, particles left out. */
    public static List<NameKey> tokens(String latinName) {
        List<NameKey> keys = new ArrayList<>(2);
        for (String t : split(latinName)) {
            if (!PARTICLES.contains(t)) {
                keys.add(of(t));
            }
        }
        return keys;
    }

    /** The tokens of a multi-token {@link #latin} name written together, particles included (Al Hassan: alhassan). */
    public static Optional<NameKey> joined(String latinName) {
        String[] tokens = split(latinName);
        return tokens.length > 1 ? Optional.of(of(String.join("", tokens))) : Optional.empty();
    }

    private static String[] split(String latinName) {
        return latinName.isBlank() ? new String[0] : latinName.split(" ");
    }

    /** The key of one {@link #latin} token; keys of recent tokens are cached (names repeat, rescoring is hot). */
    public static NameKey of(String token) {
        NameKey cached = CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        NameKey key = compute(token);
        CACHE.put(token, key);
        return key;
    }

    private static NameKey compute(String token) {
        Set<String> codes = new LinkedHashSet<>();
        String skeleton = skeleton(token);
        if (skeleton.length() >= 2) {
            codes.add("s:" + skeleton);
        }
        if (token.length() > 4 && (token.startsWith("al") || token.startsWith("el")) && !isVowel(token.charAt(2))) {
            String rest = skeleton(token.substring(2));
            if (rest.length() >= 2) {
                codes.add("s:" + rest);
            }
        }
        codes.add("m:" + METAPHONE.doubleMetaphone(token));
        codes.add("m:" + METAPHONE.doubleMetaphone(token, true));
        return new NameKey(token, List.copyOf(codes));
    }

    /** EXACT, PHONETIC, FUZZY or DISAGREE for two tokens. */
    public Outcome compare(NameKey other) {
        if (latin.equals(other.latin)) {
            return Outcome.EXACT;
        }
        for (String c : codes) {
            if (other.codes.contains(c)) {
                return Outcome.PHONETIC;
            }
        }
        int shorter = Math.min(latin.length(), other.latin.length());
        int allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
        if (allowed > 0 && EditDistance.osa(latin, other.latin, allowed) <= allowed) {
            return Outcome.FUZZY;
        }
        // a typo on top of a transliteration: one slip between consonant skeletons of some length
        String a = skeletonCode();
        String b = other.skeletonCode();
        return a.length() >= 3 && b.length() >= 3 && EditDistance.osa(a, b, 1) <= 1 ? Outcome.FUZZY : Outcome.DISAGREE;
    }

    private String skeletonCode() {
        return codes.isEmpty() || !codes.getFirst().startsWith("s:") ? "" : codes.getFirst().substring(2);
    }

    static String skeleton(String token) {
        String s = token.replace("kh", "h").replace("sh", "s").replace("ch", "k").replace("zh", "z")
                .replace("ph", "f").replace("th", "t").replace("dh", "d").replace("gh", "g").replace("x", "ks");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (isVowel(c)) {
                if (i == 0) {
                    out.append('a');
                }
                continue;
            }
            if (c == 'h' && i == s.length() - 1 && i > 0) {
                continue;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case 'd' -> 't';
            case 'b' -> 'p';
            case 'v' -> 'f';
            case 'z' -> 's';
            case 'c', 'q' -> 'k';
            default -> c;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
    }
}
