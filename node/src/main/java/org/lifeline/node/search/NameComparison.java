// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the name tokens of one part of a query (given or family) with a pool of record tokens. Every query token
 * finds its best record token; the part is EXACT/PHONETIC/FUZZY when every token reached at least that level,
 * PARTIAL when only some did. The joined form (Al Hassan = Alhassan) is compared too and the better result kept.
 */
final class NameComparison {
    private NameComparison() {
    }

    /** Keys of every name in the list, for use as a pool. */
    static List<NameKey> pool(List<String> names) {
        List<NameKey> keys = new ArrayList<>();
        names.forEach(n -> keys.addAll(NameKey.keys(n)));
        return keys;
    }

    /** The outcome for one query name ({@link NameKey#latin} form) against a record pool; DISAGREE when none matched. */
    static Outcome compare(String queryLatin, List<NameKey> pool) {
        List<NameKey> tokens = NameKey.tokens(queryLatin);
        if (pool.isEmpty() || tokens.isEmpty()) {
            return Outcome.DISAGREE;
        }
        Outcome weakest = Outcome.EXACT;
        boolean any = false;
        for (NameKey token : tokens) {
            Outcome best = best(token, pool);
            any |= best != Outcome.DISAGREE;
            weakest = best.ordinal() > weakest.ordinal() ? best : weakest;
        }
        Outcome tokenwise = weakest == Outcome.DISAGREE && any ? Outcome.PARTIAL : weakest;
        return NameKey.joined(queryLatin).map(j -> best(j, pool)).filter(j -> j.ordinal() < tokenwise.ordinal())
                .orElse(tokenwise);
    }

    private static Outcome best(NameKey key, List<NameKey> pool) {
        Outcome best = Outcome.DISAGREE;
        for (NameKey candidate : pool) {
            Outcome o = key.compare(candidate);
            if (o.ordinal() < best.ordinal()) {
                best = o;
                if (o == Outcome.EXACT) {
                    break;
                }
            }
        }
        return best;
    }
}
