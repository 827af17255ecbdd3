// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lifeline.consent.model.CrisisLevel;
import org.lifeline.consent.model.DisclosureRequest;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecordView;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs every decision case in {@code cases/*.yaml}: each names a record, a request and the expected outcome of every
 * field of the record ({@code expect} per field, {@code otherwise} for the rest) as {@code ACTION [level] [rule-id]}.
 */
@SuppressWarnings("unchecked")
class DecisionCasesTest {
    private static final int MINIMUM_CASES = 40;

    private static Path casesDir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(DecisionCasesTest.class.getResource("/cases")).toURI());
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    private static List<Path> caseFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(casesDir())) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicNode> cases() throws IOException, URISyntaxException {
        CaseFixtures fixtures = new CaseFixtures(yaml(casesDir().resolve("_fixtures.yaml")));
        return caseFiles().stream().map(file -> {
            try {
                List<Map<String, Object>> cases = (List<Map<String, Object>>) yaml(file).get("cases");
                return DynamicContainer.dynamicContainer(file.getFileName().toString(), cases.stream()
                        .map(c -> DynamicTest.dynamicTest(c.get("name").toString(), () -> run(fixtures, c))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void caseFiles_holdAtLeastFortyCases() throws IOException, URISyntaxException {
        int count = 0;
        for (Path file : caseFiles()) {
            count += ((List<?>) yaml(file).get("cases")).size();
        }
        assertThat(count).isGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    private static void run(CaseFixtures fixtures, Map<String, Object> c) {
        RecordView record = fixtures.record(c.get("record").toString());
        DisclosureRequest request = new DisclosureRequest(fixtures.recipient(c.get("recipient").toString()),
                CaseFixtures.concept(Purpose.class, c.get("purpose")), CaseFixtures.concept(LegalBasis.class, c.get("basis")),
                fixtures.agreement(c.get("agreement")), fixtures.consent(c.get("consent")),
                CrisisLevel.of(((Number) c.get("level")).intValue()),
                c.containsKey("now") ? CaseFixtures.instant(c.get("now")) : fixtures.now);
        Disclosure disclosure = Fixtures.ENGINE.decide(request, record);
        String explanation = String.join("\n", disclosure.explain());

        Map<String, Object> expect = (Map<String, Object>) c.getOrDefault("expect", Map.of());
        assertThat(record.fields().keySet()).as("expectations name only fields of the record")
                .containsAll(expect.keySet());
        for (FieldDecision decision : disclosure.decisions()) {
            Object expected = expect.getOrDefault(decision.field(), c.get("otherwise"));
            assertThat(expected).as("no expectation for field " + decision.field()).isNotNull();
            assertMatches(decision, expected.toString(), explanation);
        }
        ((Map<String, Object>) c.getOrDefault("released", Map.of())).forEach((field, shown) ->
                assertThat(disclosure.released().get(field)).as(field).extracting(FieldValue::display)
                        .containsExactly(shown.toString()));
        assertThat(disclosure.outcome().name().toLowerCase()).as(explanation).isEqualTo(c.get("outcome"));
    }

    /** {@code release [rule]}, {@code generalise level [rule]} or {@code withhold rule}. */
    private static void assertMatches(FieldDecision decision, String expected, String explanation) {
        String[] words = expected.trim().split("\\s+");
        String field = decision.field() + " in\n" + explanation;
        assertThat(decision.action().name().toLowerCase()).as(field).isEqualTo(words[0]);
        int next = 1;
        if (decision.action() == Action.GENERALISE) {
            assertThat(decision.level().orElseThrow().slug()).as(field).isEqualTo(words[1]);
            next = 2;
        }
        if (words.length > next) {
            assertThat(decision.reason().id()).as(field).isEqualTo(words[next]);
        }
        if (decision.action() == Action.WITHHOLD) {
            assertThat(words.length).as(field + ": a withheld field's expectation must name the rule").isGreaterThan(1);
        }
    }
}
