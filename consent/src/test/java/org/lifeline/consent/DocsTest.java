// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lifeline.consent.model.RuleId;

/** docs/consent.md documents every rule the engine can decide by, with its source. */
class DocsTest {
    @Test
    void consentDoc_namesEveryRuleId() throws IOException {
        String doc = Files.readString(Path.of("../docs/consent.md"));
        for (RuleId rule : RuleId.values()) {
            assertThat(doc).as(rule.id()).contains("`" + rule.id() + "`");
        }
    }
}
