// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.AgreementKind;
import org.lifeline.consent.model.Concept;
import org.lifeline.consent.model.ConsentHistory;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.FieldKind;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.Recipient;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.consent.model.RecordView;
import org.lifeline.consent.rdf.PolicyLoader;

/**
 * Turns the YAML of {@code cases/_fixtures.yaml} into model values. Subjects are relative to the host node's id space;
 * agreements named {@code default/<slug>} come from the shipped default policy.
 */
@SuppressWarnings("unchecked")
final class CaseFixtures {
    static final String HOST_IDS = "https://host.example/id/";
    private static final String DEFAULT_PREFIX = "default/";
    private static final String DEFAULT_IRI = "https://w3id.org/lifeline/demo/agreement/";

    final Instant now;
    private final Map<String, Object> agreements;
    private final Map<String, Object> recipients;
    private final Map<String, Object> records;
    private final Map<String, Object> consents;
    private final Policy defaults = PolicyLoader.loadDefault();

    CaseFixtures(Map<String, Object> yaml) {
        now = instant(yaml.get("now"));
        agreements = (Map<String, Object>) yaml.get("agreements");
        recipients = (Map<String, Object>) yaml.get("recipients");
        records = (Map<String, Object>) yaml.get("records");
        consents = (Map<String, Object>) yaml.get("consents");
    }

    static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : Instant.parse(value.toString());
    }

    static <E extends Enum<E> & Concept> E concept(Class<E> type, Object slug) {
        return Concept.parse(type, slug.toString())
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " " + slug));
    }

    private static <E extends Enum<E> & Concept> Set<E> concepts(Class<E> type, Object slugs) {
        Set<E> out = new HashSet<>();
        strings(slugs).forEach(s -> out.add(concept(type, s)));
        return out;
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of(value.toString());
    }

    private static <T> T named(Map<String, Object> section, String kind, String name, Function<Map<String, Object>, T> f) {
        Object entry = section.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("no " + kind + " named " + name + " in _fixtures.yaml");
        }
        return f.apply((Map<String, Object>) entry);
    }

    Optional<Agreement> agreement(Object name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.toString();
        if (key.startsWith(DEFAULT_PREFIX)) {
            return Optional.of(defaults.agreement(DEFAULT_IRI + key.substring(DEFAULT_PREFIX.length())).orElseThrow());
        }
        return Optional.of(named(agreements, "agreement", key, a -> new Agreement(key,
                concept(AgreementKind.class, a.get("kind")), Set.copyOf(strings(a.get("parties"))),
                concepts(Purpose.class, a.get("purposes")), concepts(RecipientRole.class, a.get("roles")),
                concepts(LegalBasis.class, a.get("bases")), Set.copyOf(strings(a.get("fields"))),
                levels((Map<String, Object>) a.getOrDefault("generalised", Map.of())), instant(a.get("from")),
                instant(a.get("until")))));
    }

    private static Map<String, GeneralisationLevel> levels(Map<String, Object> yaml) {
        Map<String, GeneralisationLevel> out = new LinkedHashMap<>();
        yaml.forEach((field, level) -> out.put(field, concept(GeneralisationLevel.class, level)));
        return out;
    }

    Recipient recipient(String name) {
        return named(recipients, "recipient", name, r -> new Recipient(r.get("node").toString(), name,
                concept(RecipientRole.class, r.get("role")), Set.copyOf(strings(r.get("authorityOf")))));
    }

    RecordView record(String name) {
        return named(records, "record", name, r -> {
            Map<String, List<FieldValue>> fields = new LinkedHashMap<>();
            ((Map<String, Object>) r.get("fields")).forEach((field, value) -> fields.put(field, values(field, value)));
            return new RecordView(name, HOST_IDS + r.get("subject"), fields);
        });
    }

    private static List<FieldValue> values(String field, Object value) {
        List<Object> items = value instanceof List<?> list ? (List<Object>) list : List.of(value);
        FieldKind kind = FieldCatalogue.kindOf(field).orElse(FieldKind.TEXT);
        return items.stream().map(item -> value(kind, item)).toList();
    }

    private static FieldValue value(FieldKind kind, Object item) {
        return switch (kind) {
            case TEXT -> new FieldValue.Text(item.toString());
            case CODE -> new FieldValue.Code(item.toString());
            case QUANTITY -> new FieldValue.Quantity(((Number) item).longValue());
            case DATE -> item instanceof Date d ? FieldValue.PartialDate.of(LocalDate.ofInstant(d.toInstant(),
                    ZoneOffset.UTC)) : FieldValue.PartialDate.parse(item.toString());
            case PLACE -> {
                Map<String, Object> p = (Map<String, Object>) item;
                yield new FieldValue.Place(optional(p, "locality"), optional(p, "admin1"), p.get("country").toString());
            }
            case CONTACT -> {
                Map<String, Object> c = (Map<String, Object>) item;
                yield new FieldValue.Contact(c.get("name").toString(), optional(c, "telephone"),
                        optional(c, "relationship"));
            }
        };
    }

    private static Optional<String> optional(Map<String, Object> map, String key) {
        return Optional.ofNullable(map.get(key)).map(Object::toString);
    }

    /** Versions in order; each is chained to the one before, then {@code tamper} rewrites a version afterwards. */
    ConsentHistory consent(Object name) {
        if (name == null) {
            return ConsentHistory.none();
        }
        List<ConsentRecord> versions = new ArrayList<>();
        for (Object step : (List<Object>) consents.get(name.toString())) {
            Map<String, Object> s = (Map<String, Object>) step;
            if (s.containsKey("withdraw")) {
                versions.add(versions.getLast().withdraw(instant(s.get("withdraw"))));
            } else if (s.containsKey("tamper")) {
                tamper(versions, (Map<String, Object>) s.get("tamper"));
            } else {
                versions.add(version(name.toString(), s, versions));
            }
        }
        return new ConsentHistory(versions);
    }

    private static ConsentRecord version(String name, Map<String, Object> s, List<ConsentRecord> before) {
        Optional<String> previous = before.isEmpty() ? Optional.empty() : Optional.of(before.getLast().hash());
        return new ConsentRecord(HOST_IDS + "consent/" + name, HOST_IDS + s.get("subject"), before.size() + 1,
                concepts(Purpose.class, s.get("purposes")), Set.copyOf(strings(s.get("recipients"))),
                concepts(RecipientRole.class, s.get("roles")), Set.copyOf(strings(s.get("fields"))),
                instant(s.get("given")), Optional.ofNullable(s.get("expires")).map(CaseFixtures::instant),
                Optional.empty(), previous);
    }

    private static void tamper(List<ConsentRecord> versions, Map<String, Object> change) {
        int index = ((Number) change.get("version")).intValue() - 1;
        ConsentRecord v = versions.get(index);
        versions.set(index, new ConsentRecord(v.id(), v.subject(), v.version(), v.purposes(), v.recipients(), v.roles(),
                Set.copyOf(strings(change.get("fields"))), v.given(), v.expires(), v.withdrawn(), v.previousHash()));
    }
}
