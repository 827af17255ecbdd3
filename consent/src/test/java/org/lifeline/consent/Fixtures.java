// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.lifeline.consent.model.RuleId;

/** Shared test data: a permissive agreement and consent, so that each test switches on only the rule it examines. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2028-01-01T00:00:00Z");
    static final String SUBJECT = "https://host.example/id/person/1";
    static final ConsentEngine ENGINE = ConsentEngine.standard();

    /** Every catalogued field except the generalised-only place, for purposes, roles and bases alike. */
    static final Set<String> FIELDS = Set.of("givenName", "familyName", "sex", "birthDate", "nationality", "telephone",
            "address", "documentNumber", "immigrationStatus", "detentionStatus", "protectionStatus", "specialNeed",
            "emergencyContact", "lastSeen");

    /** What the default consent covers: every agreed field, the generalised place included. */
    static final Set<String> CONSENTED = union(FIELDS, Set.of("placeOfStay"));

    private Fixtures() {
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    static Recipient recipient(String node, RecipientRole role, String... authorityOf) {
        return new Recipient(node, node + " organisation", role, Set.of(authorityOf));
    }

    static Agreement agreement(Instant from, Instant until) {
        return new Agreement("https://w3id.org/lifeline/demo/agreement/all", AgreementKind.MULTILATERAL,
                Set.of("origin", "host", "io", "enforcement", "origin-b"), EnumSet.allOf(Purpose.class),
                EnumSet.allOf(RecipientRole.class), EnumSet.allOf(LegalBasis.class), FIELDS,
                Map.of("placeOfStay", GeneralisationLevel.ADMIN1), from, until);
    }

    static ConsentRecord consent(Set<String> fields) {
        return new ConsentRecord("https://host.example/id/consent/1", SUBJECT, 1, EnumSet.allOf(Purpose.class),
                Set.of(), EnumSet.allOf(RecipientRole.class), fields, FROM, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** An adult national of XA staying in region XH-03 of host state XH. */
    static RecordView adult() {
        return record(base("1990-05-12"));
    }

    static Map<String, List<FieldValue>> base(String birthDate) {
        Map<String, List<FieldValue>> fields = new LinkedHashMap<>();
        fields.put("givenName", List.of(new FieldValue.Text("Amina")));
        fields.put("familyName", List.of(new FieldValue.Text("Haddad")));
        fields.put("birthDate", List.of(FieldValue.PartialDate.parse(birthDate)));
        fields.put("nationality", List.of(new FieldValue.Code("XA")));
        fields.put("telephone", List.of(new FieldValue.Text("+000 555 0101")));
        fields.put("address", List.of(new FieldValue.Text("12 Harbour Road")));
        fields.put("documentNumber", List.of(new FieldValue.Text("P1234567")));
        fields.put("immigrationStatus", List.of(new FieldValue.Code("irregular")));
        fields.put("placeOfStay", List.of(place("Shelter town", "XH-03", "XH")));
        return fields;
    }

    static RecordView record(Map<String, List<FieldValue>> fields) {
        return new RecordView("rec-1", SUBJECT, fields);
    }

    static RecordView with(RecordView record, String field, FieldValue... values) {
        Map<String, List<FieldValue>> fields = new LinkedHashMap<>(record.fields());
        fields.put(field, List.of(values));
        return new RecordView(record.recordId(), record.subject(), fields);
    }

    static FieldValue.Place place(String locality, String admin1, String country) {
        return new FieldValue.Place(Optional.of(locality), Optional.of(admin1), country);
    }

    static Req request() {
        return new Req(recipient("origin", RecipientRole.CONSULAR_SERVICES, "XA"), Purpose.FAMILY_TRACING,
                LegalBasis.CONSENT, Optional.of(agreement(FROM, UNTIL)), ConsentHistory.of(consent(CONSENTED)),
                CrisisLevel.of(4), NOW);
    }

    /** A request under construction; every wither returns a copy. */
    record Req(Recipient recipient, Purpose purpose, LegalBasis basis, Optional<Agreement> agreement,
            ConsentHistory consent, CrisisLevel level, Instant now) {
        Req to(Recipient r) {
            return new Req(r, purpose, basis, agreement, consent, level, now);
        }

        Req as(RecipientRole role) {
            return to(new Recipient(recipient.nodeId(), recipient.organisation(), role, recipient.authorityOf()));
        }

        Req forPurpose(Purpose p) {
            return new Req(recipient, p, basis, agreement, consent, level, now);
        }

        Req under(LegalBasis b) {
            return new Req(recipient, purpose, b, agreement, consent, level, now);
        }

        Req invoking(Optional<Agreement> a) {
            return new Req(recipient, purpose, basis, a, consent, level, now);
        }

        Req consenting(ConsentHistory c) {
            return new Req(recipient, purpose, basis, agreement, c, level, now);
        }

        Req atLevel(int l) {
            return new Req(recipient, purpose, basis, agreement, consent, CrisisLevel.of(l), now);
        }

        Req at(Instant t) {
            return new Req(recipient, purpose, basis, agreement, consent, level, t);
        }

        DisclosureRequest build() {
            return new DisclosureRequest(recipient, purpose, basis, agreement, consent, level, now);
        }

        Disclosure decide(RecordView record) {
            return ENGINE.decide(build(), record);
        }
    }

    static void assertWithheld(Disclosure disclosure, String field, RuleId rule) {
        FieldDecision decision = disclosure.decision(field).orElseThrow();
        assertThat(decision.action()).as(field).isEqualTo(Action.WITHHOLD);
        assertThat(decision.reason().rule()).as(field).isEqualTo(rule);
        assertThat(decision.values()).isEmpty();
    }

    static void assertAllWithheld(Disclosure disclosure, RuleId rule) {
        assertThat(disclosure.outcome()).isEqualTo(Disclosure.Outcome.WITHHELD);
        disclosure.decisions().forEach(d -> assertWithheld(disclosure, d.field(), rule));
        assertThat(disclosure.released()).isEmpty();
    }

    static void assertReleased(Disclosure disclosure, String field, RuleId rule) {
        FieldDecision decision = disclosure.decision(field).orElseThrow();
        assertThat(decision.action()).as(field).isEqualTo(Action.RELEASE);
        assertThat(decision.reason().rule()).as(field).isEqualTo(rule);
    }
}
