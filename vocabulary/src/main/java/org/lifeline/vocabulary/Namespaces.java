// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import java.util.Map;

/** Prefixes used in Lifeline's Turtle, JSON-LD and SPARQL. */
public final class Namespaces {
    public static final String LL = org.lifeline.vocabulary.LL.NS;
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DPV = "https://w3id.org/dpv#";
    public static final String ODRL = "http://www.w3.org/ns/odrl/2/";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String SH = "http://www.w3.org/ns/shacl#";
    public static final String DCT = "http://purl.org/dc/terms/";

    /** Prefix map for writers; insertion order is the order printed. */
    public static final Map<String, String> PREFIXES = Map.of(
            "ll", LL, "schema", SCHEMA, "prov", PROV, "dpv", DPV, "odrl", ODRL,
            "xsd", XSD, "rdf", RDF, "rdfs", RDFS, "dct", DCT);

    private Namespaces() {
    }
}
