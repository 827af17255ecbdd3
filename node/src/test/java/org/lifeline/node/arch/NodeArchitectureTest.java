// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The node's layering rules (style.md, "Dependency rules"): the framework stays at the rim, each storage technology
 * in its adapter package, and capability roots never reach into adapters (only the wiring composes them).
 */
class NodeArchitectureTest {
    private static final JavaClasses NODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lifeline.node");

    @Test
    void micronaut_onlyAtTheRim() {
        noClasses().that().resideOutsideOfPackages("org.lifeline.node.web..", "org.lifeline.node.wiring..",
                        "org.lifeline.node.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
                .check(NODE);
    }

    @Test
    void tdb2_onlyInStoreAdapters() {
        noClasses().that().resideOutsideOfPackages("..tdb..", "org.lifeline.node.wiring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..")
                .check(NODE);
    }

    @Test
    void lucene_onlyInTheSearchAdapter() {
        noClasses().that().resideOutsideOfPackage("org.lifeline.node.search.lucene..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(NODE);
    }

    @Test
    void federationCore_knowsNoHttpServer() {
        noClasses().that().resideInAnyPackage("org.lifeline.node.federation", "org.lifeline.node.federation.server",
                        "org.lifeline.node.federation.envelope", "org.lifeline.node.federation.query")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "io.micronaut..")
                .check(NODE);
    }

    @Test
    void storeRoot_doesNotReachIntoItsAdapters() {
        noClasses().that().resideInAPackage("org.lifeline.node.store")
                .should().dependOnClassesThat().resideInAPackage("org.lifeline.node.store.tdb..")
                .check(NODE);
    }
}
