// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.sample;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Deterministic generator of synthetic people for tests, demos and benchmarks: the same seed always gives the same
 * rows. Every person is invented; country codes are ISO 3166 user-assigned codes (XA, XB, XH), so nothing can be
 * mistaken for a real state's data. Names come in Latin, Cyrillic and Arabic scripts, each non-Latin name with the
 * Latin spelling a registrar elsewhere might have written (a transliteration variant).
 */
public final class SyntheticPopulation {
    /** CSV header in the import mapping's column names (docs/import.md). */
    public static final List<String> HEADER = List.of("record_id", "type", "given_name", "family_name", "name_variants",
            "sex", "birth_date", "nationality", "languages", "telephone", "email", "locality", "admin1", "country",
            "document_type", "document_number", "document_issuing_country", "protection_status", "report_status",
            "last_seen", "reported_by", "reported_on", "registration_status", "registration_basis", "registered_on", "stay_from",
            "emergency_contact_name", "emergency_contact_telephone", "emergency_contact_relationship");

    /** Country A (origin), B (a refugee's state of origin) and H (host, where the crisis happens). */
    public static final String ORIGIN = "XA";
    public static final String ORIGIN_B = "XB";
    public static final String HOST = "XH";

    private static final String[][] GIVEN_CYRILLIC = {{"Мухаммед", "Mukhammed", "male"}, {"Иван", "Ivan", "male"},
            {"Алексей", "Aleksei", "male"}, {"Дмитрий", "Dmitrii", "male"}, {"Ольга", "Olga", "female"},
            {"Наталья", "Natalia", "female"}, {"Елена", "Elena", "female"}, {"Тимур", "Timur", "male"},
            {"Айгуль", "Aigul", "female"}, {"Рустам", "Rustam", "male"}, {"Зарина", "Zarina", "female"},
            {"Сергей", "Sergei", "male"}};
    private static final String[][] FAMILY_CYRILLIC = {{"Иванов", "Ivanov"}, {"Петренко", "Petrenko"},
            {"Алиев", "Aliev"}, {"Каримов", "Karimov"}, {"Сидоренко", "Sydorenko"}, {"Назаров", "Nazarov"},
            {"Юсупов", "Yusupov"}, {"Кузнецов", "Kuznetsov"}, {"Рахимов", "Rakhimov"}, {"Шевченко", "Shevchenko"}};
    private static final String[][] GIVEN_ARABIC = {{"محمد", "Mohamed", "male"}, {"أحمد", "Ahmed", "male"},
            {"فاطمة", "Fatima", "female"}, {"مريم", "Maryam", "female"}, {"يوسف", "Youssef", "male"},
            {"خديجة", "Khadija", "female"}, {"عمر", "Omar", "male"}, {"ليلى", "Layla", "female"},
            {"حسن", "Hassan", "male"}, {"نور", "Nour", "female"}};
    private static final String[][] FAMILY_ARABIC = {{"الحسن", "Al-Hassan"}, {"منصور", "Mansour"},
            {"حداد", "Haddad"}, {"خليل", "Khalil"}, {"صالح", "Saleh"}, {"عبدالله", "Abdallah"},
            {"ناصر", "Nasser"}, {"يوسف", "Youssef"}};
    private static final String[][] GIVEN_LATIN = {{"Maria", "", "female"}, {"Jose", "", "male"},
            {"Ana", "", "female"}, {"Luis", "", "male"}, {"Marie", "", "female"}, {"Jean", "", "male"},
            {"Rosa", "", "female"}, {"Carlos", "", "male"}, {"Grace", "", "female"}, {"Samuel", "", "male"}};
    private static final String[] FAMILY_LATIN = {"Garcia", "Rodriguez", "Martinez", "Joseph", "Pierre", "Lopez",
            "Hernandez", "Baptiste", "Mensah", "Okafor"};
    private static final String[] HOST_REGIONS = {"XH-1", "XH-2", "XH-3", "XH-4", "XH-5"};
    private static final String[] LOCALITIES = {"Port Nord", "Bayside", "Riverton", "Hillcrest", "Lakeview", "Old Town"};
    private static final String[] REPORT_STATUSES = {"missing", "sought", "information-sought", "believed-alive"};

    private final SplittableRandom random;

    public SyntheticPopulation(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One synthetic person in one of the three scripts, as the fields the generator writes. */
    public record SyntheticPerson(String givenName, String familyName, String latinVariant, String sex,
                                  LocalDate birthDate, String nationality, String language) {
    }

    public SyntheticPerson person() {
        int script = random.nextInt(3);
        String[] given;
        String[] family;
        String nationality;
        String language;
        if (script == 0) {
            given = pick(GIVEN_CYRILLIC);
            family = pick(FAMILY_CYRILLIC);
            nationality = ORIGIN;
            language = "ru";
        } else if (script == 1) {
            given = pick(GIVEN_ARABIC);
            family = pick(FAMILY_ARABIC);
            nationality = random.nextInt(4) == 0 ? ORIGIN_B : ORIGIN;
            language = "ar";
        } else {
            given = pick(GIVEN_LATIN);
            family = new String[] {FAMILY_LATIN[random.nextInt(FAMILY_LATIN.length)], ""};
            nationality = random.nextInt(3) == 0 ? HOST : ORIGIN;
            language = "es";
        }
        String variant = given[1].isEmpty() ? "" : given[1] + " " + family[1] + "@und-Latn";
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
        return new SyntheticPerson(given[0], family[0], variant, given[2], birth, nationality, language);
    }

    /**
     * Writes {@code count} rows: a mix of shelter registrations of people (type person), missing-person reports and
     * consular registrations, with ids {@code prefix-000001}... so several nodes can generate disjoint data.
     */
    public void writeCsv(Writer out, String prefix, int count) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (int i = 1; i <= count; i++) {
                csv.printRecord(row(prefix, i));
            }
        }
    }

    private List<String> row(String prefix, int i) {
        SyntheticPerson p = person();
        String type = switch (random.nextInt(10)) {
            case 0, 1 -> "report";
            case 2, 3 -> "registration";
            default -> "person";
        };
        String region = HOST_REGIONS[random.nextInt(HOST_REGIONS.length)];
        boolean refugee = ORIGIN_B.equals(p.nationality()) && random.nextInt(2) == 0;
        String phone = random.nextInt(3) == 0 ? "" : "+999" + (1000000 + random.nextInt(8999999));
        return List.of(String.format("%s-%06d", prefix, i), type, p.givenName(), p.familyName(), p.latinVariant(),
                p.sex(), p.birthDate().toString(), p.nationality(), p.language(), phone, "",
                LOCALITIES[random.nextInt(LOCALITIES.length)], region, HOST,
                random.nextInt(4) == 0 ? "passport" : "", random.nextInt(4) == 0 ? "P" + (100000 + random.nextInt(899999)) : "",
                "", refugee ? "refugee" : "",
                "report".equals(type) ? REPORT_STATUSES[random.nextInt(REPORT_STATUSES.length)] : "",
                "report".equals(type) ? String.format("2026-%02d-%02d", 1 + random.nextInt(9), 1 + random.nextInt(28)) : "",
                "report".equals(type) ? pick(GIVEN_LATIN)[0] + " (family member)" : "",
                "report".equals(type) ? "2026-10-" + String.format("%02d", 1 + random.nextInt(28)) : "",
                "registration".equals(type) ? "active" : "", "registration".equals(type) ? "voluntary" : "",
                "registration".equals(type) ? "2025-" + String.format("%02d", 1 + random.nextInt(12)) + "-01" : "",
                "registration".equals(type) ? "2025-01-01" : "",
                "registration".equals(type) ? pick(GIVEN_LATIN)[0] : "",
                "registration".equals(type) ? "+999" + (1000000 + random.nextInt(8999999)) : "",
                "registration".equals(type) ? "sibling" : "");
    }

    private String[] pick(String[][] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
