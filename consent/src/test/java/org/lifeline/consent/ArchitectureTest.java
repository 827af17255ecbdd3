// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is a pure Java library: only {@code consent.rdf} may touch Jena (architecture.md, style rule 1). */
@AnalyzeClasses(packages = "org.lifeline.consent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule engineImportsOnlyJavaAndItself = classes().that().resideInAPackage("org.lifeline.consent..")
            .and().resideOutsideOfPackage("org.lifeline.consent.rdf..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..", "org.lifeline.consent..");

    @ArchTest
    static final ArchRule engineDoesNotDependOnTheLoader = noClasses().that().resideInAPackage("org.lifeline.consent..")
            .and().resideOutsideOfPackage("org.lifeline.consent.rdf..")
            .should().dependOnClassesThat().resideInAPackage("org.lifeline.consent.rdf..");

    @ArchTest
    static final ArchRule engineReadsNoClockAndDoesNoIo = noClasses().that().resideInAPackage("org.lifeline.consent..")
            .and().resideOutsideOfPackage("org.lifeline.consent.rdf..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..");
}
