// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-cell suppression with complementary (secondary) suppression, on exact counts before any noise.
 *
 * <p>Primary: every released key (cell or released total) whose count is below k is suppressed. Secondary: a reader
 * knows every released key and the additive relations of the table ({@link CountTable#relations()}: a total is the sum
 * of its parts). Starting from the released keys, we derive every key that is the only unknown member of some
 * relation, repeatedly (this also derives totals the node never released, such as a 3-way table's one-way totals,
 * and uses them in turn). If a suppressed key becomes derivable, we suppress one more released member of the relation
 * that revealed it — the one with the smallest count, so as little as possible is lost — and start again, until no
 * suppressed key is derivable. The same is done when a known total minus its known parts leaves between 1 and k-1
 * people (a small cell hidden only behind empty ones would otherwise be disclosed as a small group).
 *
 * <p>Limits, stated plainly: this finds disclosure through chains of single relations. It does not solve the full
 * linear system, so a suppressed key could in rare patterns still be pinned down by adding and subtracting several
 * relations at once (e.g. two blocks of suppressed cells joined by one cell), and it does not prevent narrowing a
 * suppressed count to a range (it lies between 0 and k-1 by construction). Cells of zero are suppressed like any
 * small cell, so "suppressed" never says whether anyone is there. The noise added to every released count is
 * what protects against those: suppression is the second line, not the proof.
 */
public final class CellSuppression {
    private CellSuppression() {
    }

    /** Which released keys were withheld, and why. */
    public record Suppression(Set<CellKey> primary, Set<CellKey> secondary) {
        public Suppression {
            primary = Set.copyOf(primary);
            secondary = Set.copyOf(secondary);
        }

        public boolean contains(CellKey key) {
            return primary.contains(key) || secondary.contains(key);
        }
    }

    /**
     * Suppresses keys of the released masks (bit i set = dimension i summed over; 0 = the cells) with a count below
     * {@code k}, then the complementary keys that stop them being derived.
     */
    public static Suppression apply(CountTable table, Set<Integer> releasedMasks, int k) {
        List<CellKey> released = releasedMasks.stream().sorted().flatMap(m -> table.keys(m).stream()).toList();
        Set<CellKey> primary = new HashSet<>();
        released.stream().filter(key -> table.count(key) < k).forEach(primary::add);
        Set<CellKey> suppressed = new HashSet<>(primary);
        List<List<CellKey>> relations = table.relations();
        Comparator<CellKey> smallestFirst = Comparator.comparingLong(table::count).thenComparing(Comparator.naturalOrder());
        while (true) {
            Set<CellKey> visible = new HashSet<>(released);
            visible.removeAll(suppressed);
            List<List<CellKey>> exposing = exposing(table, relations, visible, suppressed, k);
            if (exposing.isEmpty()) {
                break;
            }
            Set<CellKey> added = new HashSet<>();
            for (List<CellKey> relation : exposing) {
                if (relation.stream().noneMatch(added::contains)) {
                    relation.stream().filter(visible::contains).min(smallestFirst)
                            .or(() -> visible.stream().min(smallestFirst)).ifPresent(added::add);
                }
            }
            suppressed.addAll(added);
        }
        suppressed.removeAll(primary);
        return new Suppression(primary, suppressed);
    }

    /**
     * Relations that expose something: one that reveals a suppressed key exactly (in derivation order), and one whose
     * total is known while its unknown parts add up to between 1 and k-1 (that sum is then a small group disclosed,
     * e.g. a small cell hidden only behind empty cells).
     */
    private static List<List<CellKey>> exposing(CountTable table, List<List<CellKey>> relations, Set<CellKey> visible,
                                                Set<CellKey> suppressed, int k) {
        Map<CellKey, List<CellKey>> revealedBy = derive(visible, relations);
        List<List<CellKey>> exposing = new ArrayList<>();
        new TreeSet<>(revealedBy.keySet()).stream().filter(suppressed::contains).map(revealedBy::get)
                .forEach(exposing::add);
        Set<CellKey> known = new HashSet<>(visible);
        known.addAll(revealedBy.keySet());
        for (List<CellKey> relation : relations) {
            if (known.contains(relation.getFirst())) {
                long hidden = relation.subList(1, relation.size()).stream().filter(key -> !known.contains(key))
                        .mapToLong(table::count).sum();
                if (hidden > 0 && hidden < k) {
                    exposing.add(relation);
                }
            }
        }
        return exposing;
    }

    /**
     * Every key derivable from the known ones, mapped to the relation that first revealed it (unit propagation: a
     * relation with exactly one unknown member reveals it).
     */
    static Map<CellKey, List<CellKey>> derive(Set<CellKey> known, List<List<CellKey>> relations) {
        Map<CellKey, List<Integer>> relationsOf = new HashMap<>();
        int[] unknown = new int[relations.size()];
        for (int r = 0; r < relations.size(); r++) {
            for (CellKey key : relations.get(r)) {
                relationsOf.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
                if (!known.contains(key)) {
                    unknown[r]++;
                }
            }
        }
        Set<CellKey> knownNow = new HashSet<>(known);
        Map<CellKey, List<CellKey>> revealed = new HashMap<>();
        Deque<Integer> ready = new ArrayDeque<>();
        for (int r = 0; r < relations.size(); r++) {
            if (unknown[r] == 1) {
                ready.add(r);
            }
        }
        while (!ready.isEmpty()) {
            int r = ready.poll();
            Optional<CellKey> last = relations.get(r).stream().filter(k -> !knownNow.contains(k)).findFirst();
            if (last.isEmpty()) {
                continue;
            }
            knownNow.add(last.get());
            revealed.put(last.get(), relations.get(r));
            for (int other : relationsOf.get(last.get())) {
                if (--unknown[other] == 1) {
                    ready.add(other);
                }
            }
        }
        return revealed;
    }
}
