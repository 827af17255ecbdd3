// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
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
 * jqwik generators for whole decision scenarios. Agreements and consents are biased towards covering the request
 * (otherwise almost every scenario would be refused by the first agreement check and the invariants would be tested
 * against nothing); the properties check that releases do occur.
 */
final class Scenarios {
    static final Instant NOW = Fixtures.NOW;
    static final String SUBJECT = Fixtures.SUBJECT;
    static final List<String> NODES = List.of("origin", "origin-b", "host", "io", "enforcement");
    static final List<String> COUNTRIES = List.of("XA", "XB", "XH");
    static final List<String> FIELDS = List.of("givenName", "familyName", "sex", "birthDate", "nationality",
            "telephone", "email", "address", "documentNumber", "immigrationStatus", "detentionStatus",
            "protectionStatus", "specialNeed", "placeOfStay", "lastKnownPlace", "lastSeen", "emergencyContact");
    static final List<String> PROTECTION = List.of("refugee", "asylum-seeker", "stateless", "temporary-protection",
            "https://w3id.org/lifeline/protection-status/refugee");

    /** One decision's inputs. */
    record Scenario(DisclosureRequest request, RecordView record) {
        Scenario withAgreement(Optional<Agreement> agreement) {
            var r = request;
            return new Scenario(new DisclosureRequest(r.recipient(), r.purpose(), r.legalBasis(), agreement,
                    r.consent(), r.crisisLevel(), r.now()), record);
        }

        Scenario withConsent(ConsentHistory consent) {
            var r = request;
            return new Scenario(new DisclosureRequest(r.recipient(), r.purpose(), LegalBasis.CONSENT, r.agreement(),
                    consent, r.crisisLevel(), r.now()), record);
        }

        Disclosure decide() {
            return Fixtures.ENGINE.decide(request, record);
        }
    }

    private Scenarios() {
    }

    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Recipient> recipients = Combinators.combine(Arbitraries.of(NODES),
                Arbitraries.of(RecipientRole.class), Arbitraries.subsetOf(COUNTRIES))
                .as((node, role, authority) -> new Recipient(node, node + " org", role, authority));
        return Combinators.combine(recipients, Arbitraries.of(Purpose.class), Arbitraries.of(LegalBasis.class),
                Arbitraries.integers().between(0, 4), agreementDrafts(), consentDrafts(), records())
                .as((recipient, purpose, basis, level, agreement, consent, record) -> new Scenario(
                        new DisclosureRequest(recipient, purpose, basis, agreement.build(recipient, purpose, basis),
                                consent.build(recipient, purpose), CrisisLevel.of(level), NOW), record));
    }

    /**
     * Random agreement parts, completed once the request is known: each of party, purpose, role and basis of the
     * request is added seven times in eight ({@code dice} holds three bits per dimension). Built this way rather than
     * with {@code flatMap}, which rebuilds generators per sample and was 50 times slower.
     */
    record AgreementDraft(Sets sets, Set<String> fields, boolean generalisePlace, int fromDays, int untilDays,
            int dice, boolean present) {
        Optional<Agreement> build(Recipient recipient, Purpose purpose, LegalBasis basis) {
            if (!present) {
                return Optional.empty();
            }
            Set<String> parties = plus(sets.parties(), recipient.nodeId(), dice, 0);
            if (parties.size() < 2) {
                parties.add("host");
                parties.add("io");
            }
            return Optional.of(new Agreement("ag-gen", AgreementKind.MULTILATERAL, parties,
                    orElse(plus(sets.purposes(), purpose, dice, 1), Purpose.AUDIT),
                    orElse(plus(sets.roles(), recipient.role(), dice, 2), RecipientRole.AUDITOR),
                    orElse(plus(sets.bases(), basis, dice, 3), LegalBasis.AGREEMENT), generalisePlace ? without(fields, "placeOfStay") : fields,
                    generalisePlace ? Map.of("placeOfStay", GeneralisationLevel.ADMIN1) : Map.of(),
                    NOW.plus(Duration.ofDays(fromDays)), NOW.plus(Duration.ofDays(Math.max(untilDays, fromDays + 1)))));
        }
    }

    record Sets(Set<String> parties, Set<Purpose> purposes, Set<RecipientRole> roles, Set<LegalBasis> bases) {
    }

    /** The random set plus {@code item} unless the three dice bits of {@code dimension} are all zero. */
    private static <T> Set<T> plus(Set<T> set, T item, int dice, int dimension) {
        Set<T> out = new HashSet<>(set);
        if (((dice >> (3 * dimension)) & 7) != 0) {
            out.add(item);
        }
        return out;
    }

    private static <T> Set<T> orElse(Set<T> set, T fallback) {
        return set.isEmpty() ? Set.of(fallback) : set;
    }

    static Arbitrary<AgreementDraft> agreementDrafts() {
        Arbitrary<Sets> sets = Combinators.combine(Arbitraries.subsetOf(NODES), Arbitraries.subsetOf(Purpose.values()),
                Arbitraries.subsetOf(RecipientRole.values()), Arbitraries.subsetOf(LegalBasis.values())).as(Sets::new);
        return Combinators.combine(sets, Arbitraries.subsetOf(FIELDS), Arbitraries.of(true, false),
                Arbitraries.integers().between(-800, 30).withDistribution(RandomDistribution.uniform()), Arbitraries.integers().between(-30, 800).withDistribution(RandomDistribution.uniform()),
                Arbitraries.integers().between(0, 4095), Arbitraries.integers().between(0, 9).map(i -> i > 0))
                .as(AgreementDraft::new);
    }

    private static Set<String> without(Set<String> set, String item) {
        Set<String> out = new HashSet<>(set);
        out.remove(item);
        return out;
    }

    /** Random consent parts, completed once the request is known, like {@link AgreementDraft}. */
    record ConsentDraft(Set<Purpose> purposes, Set<RecipientRole> roles, Set<String> fields, int givenDaysAgo,
            int expiresInDays, int dice) {
        ConsentHistory build(Recipient recipient, Purpose purpose) {
            Instant given = NOW.minus(Duration.ofDays(givenDaysAgo));
            Optional<Instant> expires = expiresInDays > 300 ? Optional.empty()
                    : Optional.of(NOW.plus(Duration.ofDays(expiresInDays))).filter(given::isBefore);
            return ConsentHistory.of(new ConsentRecord("consent-gen", SUBJECT, 1,
                    orElse(plus(purposes, purpose, dice, 0), Purpose.AUDIT), Set.of(),
                    orElse(plus(roles, recipient.role(), dice, 1), RecipientRole.AUDITOR), orElse(fields, "givenName"),
                    given, expires, Optional.empty(), Optional.empty()));
        }
    }

    static Arbitrary<ConsentDraft> consentDrafts() {
        return Combinators.combine(Arbitraries.subsetOf(Purpose.values()), Arbitraries.subsetOf(RecipientRole.values()),
                Arbitraries.subsetOf(FIELDS), Arbitraries.integers().between(1, 900).withDistribution(RandomDistribution.uniform()),
                Arbitraries.integers().between(-10, 400).withDistribution(RandomDistribution.uniform()), Arbitraries.integers().between(0, 63)).as(ConsentDraft::new);
    }

    static Arbitrary<RecordView> records() {
        Arbitrary<LocalDate> births = Arbitraries.integers().between(0, 80 * 365).withDistribution(RandomDistribution.uniform())
                .map(days -> LocalDate.of(2026, 3, 2).minusDays(days));
        return Combinators.combine(Arbitraries.subsetOf(FIELDS), births, Arbitraries.subsetOf(List.of("XA", "XB"))
                        .filter(s -> !s.isEmpty()), Arbitraries.of(PROTECTION),
                        Arbitraries.of("medical", "child-unaccompanied", "disability"))
                .as((fields, birth, nationalities, protection, need) -> {
                    Map<String, List<FieldValue>> values = new LinkedHashMap<>();
                    for (String field : fields) {
                        values.put(field, valueOf(field, birth, nationalities, protection, need));
                    }
                    values.putIfAbsent("givenName", List.of(new FieldValue.Text("Generated")));
                    return new RecordView("rec-gen", SUBJECT, values);
                });
    }

    private static List<FieldValue> valueOf(String field, LocalDate birth, Set<String> nationalities,
            String protection, String need) {
        return switch (field) {
            case "birthDate" -> List.of(FieldValue.PartialDate.of(birth));
            case "lastSeen" -> List.of(FieldValue.PartialDate.parse("2026-02-27"));
            case "nationality" -> nationalities.stream().sorted().map(c -> (FieldValue) new FieldValue.Code(c)).toList();
            case "protectionStatus" -> List.of(new FieldValue.Code(protection));
            case "specialNeed" -> List.of(new FieldValue.Code(need));
            case "sex", "immigrationStatus", "detentionStatus" -> List.of(new FieldValue.Code("value-of-" + field));
            case "placeOfStay", "lastKnownPlace" -> List.of(Fixtures.place("Town", "XH-03", "XH"));
            case "emergencyContact" -> List.of(new FieldValue.Contact("Contact", Optional.of("+000"), Optional.empty()));
            default -> List.of(new FieldValue.Text("value of " + field));
        };
    }
}
