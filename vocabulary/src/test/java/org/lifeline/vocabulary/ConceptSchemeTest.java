// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConceptSchemeTest {
    @Test
    void concept_buildsTheIriUnderTheScheme() {
        assertThat(ConceptScheme.ROLE.concept("immigration-enforcement"))
                .isEqualTo("https://w3id.org/lifeline/role/immigration-enforcement");
        assertThat(ConceptScheme.ALERT_LEVEL.concept("4")).isEqualTo("https://w3id.org/lifeline/alert-level/4");
    }

    @Test
    void slugOf_returnsTheSlugOnlyForConceptsDirectlyUnderThisScheme() {
        assertThat(ConceptScheme.PURPOSE.slugOf("https://w3id.org/lifeline/purpose/family-tracing"))
                .contains("family-tracing");
        assertThat(ConceptScheme.PURPOSE.slugOf("https://w3id.org/lifeline/role/auditor")).isEmpty();
        assertThat(ConceptScheme.ROLE.slugOf("https://w3id.org/lifeline/role/")).isEmpty();
        assertThat(ConceptScheme.ROLE.slugOf("https://w3id.org/lifeline/role/auditor/extra")).isEmpty();
        assertThat(ConceptScheme.ROLE.slugOf("https://w3id.org/lifeline/role/..")).isEmpty();
        // a scheme whose path is a prefix of another's must not claim its concepts
        assertThat(ConceptScheme.ROLE.slugOf("https://w3id.org/lifeline/roles/auditor")).isEmpty();
    }

    @Test
    void concept_rejectsSlugsThatWouldLeaveTheScheme() {
        assertThatThrownBy(() -> ConceptScheme.ROLE.concept("../purpose/audit"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConceptScheme.ROLE.concept("..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConceptScheme.ROLE.concept("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConceptScheme.ROLE.concept("Auditor")).isInstanceOf(IllegalArgumentException.class);
    }
}
