// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class AggregatesArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lifeline.node.aggregates");

    @Test
    void corePackage_dependsOnlyOnJavaAndItself() {
        // org.jspecify.annotations: the @NullMarked annotation on package-info, no code
        classes().that().resideInAPackage("org.lifeline.node.aggregates")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.lifeline.node.aggregates",
                        "org.jspecify.annotations")
                .check(CLASSES);
    }

    @Test
    void sampler_neverDrawsFloatingPointRandomness() {
        noClasses().that().haveSimpleName("DiscreteLaplace")
                .should().callMethod(RandomGenerator.class, "nextDouble")
                .orShould().callMethod(RandomGenerator.class, "nextFloat")
                .orShould().callMethod(RandomGenerator.class, "nextGaussian")
                .orShould().callMethod(RandomGenerator.class, "nextExponential")
                .check(CLASSES);
    }
}
