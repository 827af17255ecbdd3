// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.demo;

import java.util.List;
import java.util.stream.Collectors;

/** Writes consent records as Turtle in the form the consent engine's policy loader reads (docs/consent.md). */
final class ConsentRecords {
    static final String PREFIXES = """
            @prefix ll:      <https://w3id.org/lifeline/ns#> .
            @prefix dpv:     <https://w3id.org/dpv#> .
            @prefix dct:     <http://purl.org/dc/terms/> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix purpose: <https://w3id.org/lifeline/purpose/> .

            """;

    private ConsentRecords() {
    }

    /** Version 1 of a consent: the subject agrees that {@code recipients} get {@code fields} for {@code purposes}. */
    static String version1(String consentIri, String subjectIri, List<String> purposes, List<String> recipients,
                           List<String> fields, String given) {
        return "<" + consentIri + "/v1> a ll:ConsentRecord, dpv:Consent ;\n"
                + "  dct:isVersionOf <" + consentIri + "> ; ll:dataSubject <" + subjectIri + "> ; ll:version 1 ;\n"
                + "  dpv:hasPurpose " + purposes.stream().map(p -> "purpose:" + p).collect(Collectors.joining(", ")) + " ;\n"
                + "  ll:recipient " + recipients.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")) + " ;\n"
                + "  ll:field " + fields.stream().map(f -> "ll:" + f).collect(Collectors.joining(", ")) + " ;\n"
                + "  ll:given \"" + given + "\"^^xsd:dateTime .\n\n";
    }
}
