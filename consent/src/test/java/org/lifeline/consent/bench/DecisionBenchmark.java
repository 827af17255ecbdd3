// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifeline.consent.ConsentEngine;
import org.lifeline.consent.Disclosure;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.CrisisLevel;
import org.lifeline.consent.model.DisclosureRequest;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Recipient;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;

/**
 * Decisions per second for a 30-field record under consent with a three-version consent history (the costly path:
 * hash chain check, every rule, generalisation). Not a test: run it by hand, see docs/consent.md. Prints the median
 * of five one-second rounds after warm-up, next to a baseline (copying the record's field map) measured in the same
 * JVM, because absolute figures on a shared 2-core machine vary by ±30 %.
 */
public final class DecisionBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String SUBJECT = "https://host.example/id/person/1";

    private DecisionBenchmark() {
    }

    public static void main(String[] args) {
        ConsentEngine engine = ConsentEngine.standard();
        RecordView record = record();
        DisclosureRequest request = request(record.fields().keySet());
        Disclosure sample = engine.decide(request, record);
        System.out.println("fields: " + record.fields().size() + ", outcome: " + sample.outcome() + " " + sample.counts());
        double decisions = measure(() -> engine.decide(request, record).decisions().size());
        double copies = measure(() -> new LinkedHashMap<>(record.fields()).size());
        System.out.printf("consent engine: %,.0f decisions/s (30-field record, consent basis, 3-version history)%n",
                decisions);
        System.out.printf("baseline (copy of the record's field map): %,.0f copies/s; ratio %.1fx%n", copies,
                copies / decisions);
    }

    interface Work {
        int run();
    }

    /** Median operations per second over five 1 s rounds, after 3 s of warm-up. */
    private static double measure(Work work) {
        long sink = 0;
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            sink += work.run();
        }
        double[] rates = new double[5];
        for (int round = 0; round < rates.length; round++) {
            long start = System.nanoTime();
            long count = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                for (int i = 0; i < 100; i++) {
                    sink += work.run();
                }
                count += 100;
            }
            rates[round] = count / ((System.nanoTime() - start) / 1e9);
        }
        if (sink == 42) {
            System.out.println("(sink)");
        }
        Arrays.sort(rates);
        return rates[rates.length / 2];
    }

    private static RecordView record() {
        Map<String, List<FieldValue>> fields = new LinkedHashMap<>();
        for (String text : List.of("givenName", "familyName", "nameVariant", "telephone", "email", "address",
                "documentNumber", "reportedBy", "dependant")) {
            fields.put(text, List.of(new FieldValue.Text("value of " + text)));
        }
        for (String code : List.of("sex", "nationality", "language", "documentType", "issuingCountry", "documentStatus",
                "immigrationStatus", "detentionStatus", "protectionStatus", "specialNeed", "sourceChannel",
                "reportStatus", "registrationStatus", "registrationBasis")) {
            fields.put(code, List.of(new FieldValue.Code("code-" + code)));
        }
        for (String date : List.of("birthDate", "lastSeen", "reportedOn", "registeredOn")) {
            fields.put(date, List.of(FieldValue.PartialDate.parse("1990-05-12")));
        }
        FieldValue.Place place = new FieldValue.Place(Optional.of("Town"), Optional.of("XH-03"), "XH");
        fields.put("placeOfStay", List.of(place));
        fields.put("lastKnownPlace", List.of(place));
        fields.put("emergencyContact", List.of(new FieldValue.Contact("Sara", Optional.of("+000"), Optional.empty())));
        return new RecordView("bench-1", SUBJECT, fields);
    }

    private static DisclosureRequest request(Set<String> allFields) {
        List<String> released = new ArrayList<>(allFields);
        released.removeAll(List.of("placeOfStay", "lastKnownPlace", "birthDate"));
        Agreement agreement = new Agreement("ag-bench", AgreementKind.BILATERAL, Set.of("origin", "host"),
                EnumSet.allOf(Purpose.class), EnumSet.allOf(RecipientRole.class), EnumSet.allOf(LegalBasis.class),
                Set.copyOf(released), Map.of("placeOfStay", GeneralisationLevel.ADMIN1, "lastKnownPlace",
                GeneralisationLevel.COUNTRY, "birthDate", GeneralisationLevel.YEAR),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
        ConsentRecord v1 = new ConsentRecord("consent-bench", SUBJECT, 1, EnumSet.allOf(Purpose.class), Set.of("origin"),
                Set.of(), Set.of("givenName"), Instant.parse("2026-01-10T00:00:00Z"), Optional.empty(),
                Optional.empty(), Optional.empty());
        ConsentRecord v2 = v1.revise(v1.purposes(), v1.recipients(), v1.roles(), Set.of("givenName", "familyName"),
                Instant.parse("2026-01-20T00:00:00Z"), Optional.empty());
        ConsentRecord v3 = v2.revise(v1.purposes(), v1.recipients(), v1.roles(), Set.copyOf(allFields),
                Instant.parse("2026-02-01T00:00:00Z"), Optional.empty());
        Recipient origin = new Recipient("origin", "Ministry of A", RecipientRole.CONSULAR_SERVICES, Set.of("XA"));
        return new DisclosureRequest(origin, Purpose.CONSULAR_ASSISTANCE, LegalBasis.CONSENT, Optional.of(agreement),
                ConsentHistory.of(v1, v2, v3), CrisisLevel.of(4), NOW);
    }
}
