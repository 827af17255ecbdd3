// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

import com.ibm.icu.text.Transliterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic generator of invented people and of corrupted queries about them, with ground truth, for the
 * matching benchmark. A person is an identity (name concepts, sex, birth date, nationality, region); a record
 * renders it in one spelling; a query renders it again, independently, then corrupts it as tracing data is
 * corrupted: another script or transliteration, a typo, given and family swapped, a partial or slipped birth date,
 * missing sex, nationality or place. Rates are the constants below and are reported with the results.
 */
final class BenchPopulation {
    static final double TYPO = 0.20;
    static final double SWAP = 0.10;
    static final double GIVEN_MISSING = 0.05;
    static final double DATE_MISSING = 0.04;
    static final double DATE_YEAR_ONLY = 0.15;
    static final double DATE_YEAR_MONTH = 0.08;
    static final double DATE_TRANSPOSED = 0.05;
    static final double DATE_YEAR_SLIP = 0.05;
    static final double SEX_MISSING = 0.20;
    static final double NATIONALITY_MISSING = 0.30;
    static final double PLACE_MISSING = 0.50;
    static final double RARE_FAMILY = 0.35;

    private static final String[] REGIONS = {"XH-1", "XH-2", "XH-3", "XH-4", "XH-5", "XH-6"};
    private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");
    private final SplittableRandom random;

    BenchPopulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An identity: spellings of the given and family name (native script first), and the facts. */
    record Identity(List<String> given, List<String> family, Sex sex, LocalDate birth, String nationality, String region) {
    }

    Identity identity() {
        int group = random.nextInt(3);
        List<String> given = zipf(group == 0 ? NameTables.ARABIC_GIVEN : group == 1 ? NameTables.SLAVIC_GIVEN : NameTables.LATIN_GIVEN);
        Sex sex = "m".equals(given.getFirst()) ? Sex.MALE : Sex.FEMALE;
        List<String> family = group == 0 ? zipf(NameTables.ARABIC_FAMILY)
                : random.nextDouble() < RARE_FAMILY ? rareFamily(group == 1)
                : group == 1 ? feminine(zipf(NameTables.SLAVIC_FAMILY), sex) : zipf(NameTables.LATIN_FAMILY);
        String nationality = group == 0 ? (random.nextInt(4) == 0 ? "XB" : "XA") : group == 1 ? "XA" : (random.nextInt(3) == 0 ? "XH" : "XA");
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 80));
        return new Identity(given.subList(1, given.size()), family, sex, birth, nationality, REGIONS[random.nextInt(REGIONS.length)]);
    }

    /** Another person with the same name concepts: the hard non-match. */
    Identity namesake(Identity of) {
        Identity other = identity();
        return new Identity(of.given(), of.family(), of.sex(), other.birth(), other.nationality(), other.region());
    }

    /** The identity as a registrar records it: native script or a usual spelling, sometimes with a variant. */
    PersonFeatures record(Identity p) {
        String given = spelling(p.given());
        String family = spelling(p.family());
        List<String> variants = random.nextInt(3) == 0
                ? List.of(NameKey.latin(pick(p.given()) + " " + pick(p.family()))) : List.of();
        return new PersonFeatures(latinList(given), latinList(family), variants, Optional.of(PartialDate.of(p.birth())),
                p.sex(), Set.of(p.nationality()), Set.of(p.region()), Set.of("XH"));
    }

    /** A query about the identity, independently spelled and corrupted. */
    PersonQuery query(Identity p) {
        String given = random.nextDouble() < GIVEN_MISSING ? "" : typo(pick(p.given()));
        String family = typo(pick(p.family()));
        if (random.nextDouble() < SWAP && !given.isEmpty()) {
            String t = given;
            given = family;
            family = t;
        }
        return new PersonQuery(given, family, date(p.birth()),
                random.nextDouble() < SEX_MISSING ? Sex.UNKNOWN : p.sex(),
                random.nextDouble() < NATIONALITY_MISSING ? Set.of() : Set.of(p.nationality()),
                random.nextDouble() < PLACE_MISSING ? Optional.empty() : Optional.of(p.region()), Optional.empty());
    }

    private Optional<PartialDate> date(LocalDate birth) {
        double r = random.nextDouble();
        PartialDate full = PartialDate.of(birth);
        if ((r -= DATE_MISSING) < 0) {
            return Optional.empty();
        }
        if ((r -= DATE_YEAR_ONLY) < 0) {
            return Optional.of(new PartialDate(birth.getYear(), 0, 0));
        }
        if ((r -= DATE_YEAR_MONTH) < 0) {
            return Optional.of(new PartialDate(birth.getYear(), birth.getMonthValue(), 0));
        }
        if ((r -= DATE_TRANSPOSED) < 0) {
            return Optional.of(full.transposed().orElse(full));
        }
        if ((r -= DATE_YEAR_SLIP) < 0) {
            return Optional.of(PartialDate.of(birth.plusYears(random.nextBoolean() ? 1 : -1)));
        }
        return Optional.of(full);
    }

    /** One keyboard slip (substitute, insert, delete, swap) in a Latin spelling; other scripts are left alone. */
    private String typo(String name) {
        if (random.nextDouble() >= TYPO || name.length() < 4 || !name.chars().allMatch(c -> c < 128)) {
            return name;
        }
        StringBuilder s = new StringBuilder(name);
        int i = 1 + random.nextInt(name.length() - 2);
        char c = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
            case 0 -> s.setCharAt(i, c);
            case 1 -> s.insert(i, c);
            case 2 -> s.deleteCharAt(i);
            default -> {
                s.setCharAt(i, name.charAt(i + 1));
                s.setCharAt(i + 1, name.charAt(i));
            }
        }
        return s.toString();
    }

    private String spelling(List<String> spellings) {
        return random.nextInt(2) == 0 ? spellings.getFirst() : pick(spellings);
    }

    private String pick(List<String> spellings) {
        return spellings.get(random.nextInt(spellings.size()));
    }

    private List<String> zipf(List<List<String>> pool) {
        double total = 0;
        for (int i = 0; i < pool.size(); i++) {
            total += 1.0 / (i + 1);
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < pool.size(); i++) {
            r -= 1.0 / (i + 1);
            if (r < 0) {
                return pool.get(i);
            }
        }
        return pool.getLast();
    }

    private List<String> rareFamily(boolean slavic) {
        StringBuilder s = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            s.append(NameTables.SYLLABLES.get(random.nextInt(NameTables.SYLLABLES.size())));
        }
        String latin = Character.toUpperCase(s.charAt(0)) + s.substring(1) + (slavic ? "ov" : "");
        return slavic ? List.of(TO_CYRILLIC.transliterate(latin), latin) : List.of(latin);
    }

    private static List<String> feminine(List<String> family, Sex sex) {
        if (sex != Sex.FEMALE || !family.getLast().endsWith("v")) {
            return family;
        }
        List<String> out = new ArrayList<>();
        family.forEach(f -> out.add(f + (f.chars().allMatch(c -> c < 128) ? "a" : "а")));
        return out;
    }

    private static List<String> latinList(String name) {
        String latin = NameKey.latin(name);
        return latin.isEmpty() ? List.of() : List.of(latin);
    }
}
