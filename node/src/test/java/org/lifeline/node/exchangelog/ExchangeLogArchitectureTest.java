// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Style rule 1: the log's root package is pure, and the file adapter is reached only through the root interfaces. */
class ExchangeLogArchitectureTest {
    private static final JavaClasses NODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lifeline.node");

    @Test
    void rootPackage_dependsOnlyOnJavaAndItself() {
        classes().that().resideInAPackage("org.lifeline.node.exchangelog")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.lifeline.node.exchangelog", "org.jspecify.annotations")
                .check(NODE);
    }

    // In-memory byte building (ByteArrayOutputStream) is allowed; files, streams, channels and sockets are not.
    @Test
    void rootPackage_doesNoFileOrNetworkIo() {
        noClasses().that().resideInAPackage("org.lifeline.node.exchangelog")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(?!ByteArrayOutputStream$|UncheckedIOException$).*")
                .check(NODE);
    }

    @Test
    void fileAdapter_isUsedOnlyByWiring() {
        noClasses().that().resideOutsideOfPackages("org.lifeline.node.exchangelog.file..", "org.lifeline.node.wiring..")
                .should().dependOnClassesThat().resideInAPackage("org.lifeline.node.exchangelog.file..")
                .check(NODE);
    }
}
