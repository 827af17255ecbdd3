// SPDX-License-Identifier: Apache-2.0
package org.lifeline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyTest {
    private final Model ontology = Vocabulary.ontology();

    /** Every term constant of {@link LL}, found by reflection so a new constant cannot be forgotten here. */
    static Stream<String> llTerms() {
        return Arrays.stream(LL.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !f.getName().equals("NS"))
                .map(OntologyTest::value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("llTerms")
    void ontology_declaresEveryTermOfLL_withLabelAndComment(String term) {
        Resource resource = ontology.createResource(term);

        assertThat(ontology.contains(resource, RDF.type, OWL.Class)
                || ontology.contains(resource, RDF.type, OWL.DatatypeProperty)
                || ontology.contains(resource, RDF.type, OWL.ObjectProperty)).as("declared: %s", term).isTrue();
        assertThat(ontology.contains(resource, RDFS.label)).as("label: %s", term).isTrue();
        assertThat(ontology.contains(resource, RDFS.comment)).as("comment: %s", term).isTrue();
    }

    @Test
    void ontology_declaresNoLifelineTermThatLLLacks() {
        Set<String> constants = llTerms().collect(Collectors.toSet());

        Set<String> declared = ontology.listSubjects().toList().stream()
                .filter(Resource::isURIResource).map(Resource::getURI).filter(iri -> iri.startsWith(LL.NS))
                .collect(Collectors.toSet());

        assertThat(declared).isEqualTo(constants);
    }

    @Test
    void shapesExamplesAndContext_useOnlyDeclaredTerms() {
        Set<String> declared = llTerms().collect(Collectors.toSet());
        Stream<Graph> graphs = Stream.concat(Stream.of(Vocabulary.shapesGraph()),
                Stream.concat(Examples.list(Examples.VALID, ".ttl").stream(),
                        Examples.list(Examples.BAD, ".ttl").stream()).map(Examples::turtle));

        Set<String> used = graphs.flatMap(g -> g.find().toList().stream()).flatMap(OntologyTest::nodes)
                .filter(Node::isURI).map(Node::getURI).filter(iri -> iri.startsWith(LL.NS))
                .collect(Collectors.toSet());

        assertThat(declared).containsAll(used);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "Person,              subClassOf,    https://schema.org/Person",
        "ConsentRecord,       subClassOf,    https://w3id.org/dpv#ConsentRecord",
        "SharingAgreement,    subClassOf,    http://www.w3.org/ns/odrl/2/Agreement",
        "PersonReport,        subClassOf,    http://www.w3.org/ns/prov#Entity",
        "givenName,           subPropertyOf, https://schema.org/givenName",
        "nationality,         subPropertyOf, https://schema.org/nationality",
        "purpose,             subPropertyOf, https://w3id.org/dpv#hasPurpose",
        "legalBasis,          subPropertyOf, https://w3id.org/dpv#hasLegalBasis",
        "dataSubject,         subPropertyOf, https://w3id.org/dpv#hasDataSubject",
        "issued,              subPropertyOf, http://www.w3.org/ns/prov#generatedAtTime",
        "supersedes,          subPropertyOf, http://www.w3.org/ns/prov#wasRevisionOf",
    })
    void ontology_alignsTermsWithExternalVocabularies(String local, String relation, String external) {
        var predicate = relation.equals("subClassOf") ? RDFS.subClassOf : RDFS.subPropertyOf;

        assertThat(ontology.contains(ontology.createResource(LL.NS + local), predicate,
                ontology.createResource(external))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ROLE | consular-services civil-protection humanitarian-tracing humanitarian-assistance evacuation-coordination"
                + " international-organisation-aggregate auditor immigration-enforcement law-enforcement",
        "PURPOSE | family-tracing consular-assistance evacuation identity-document-replacement humanitarian-assistance"
                + " aggregate-statistics audit",
        "LEGAL_BASIS | consent agreement vital-interest",
        "AGREEMENT_KIND | bilateral multilateral ad-hoc",
        "REPORT_STATUS | missing sought found-alive deceased information-sought believed-alive believed-missing"
                + " believed-dead",
        "PROTECTION_STATUS | refugee asylum-seeker stateless temporary-protection humanitarian-status",
        "REGISTRATION_STATUS | active returned de-registered",
        "REGISTRATION_BASIS | voluntary advised mandatory",
        "DOCUMENT_STATUS | lost left-behind confiscated never-had held",
        "ALERT_LEVEL | 1 2 3 4",
    })
    void conceptScheme_holdsExactlyTheAgreedConcepts(ConceptScheme scheme, String slugs) {
        Set<String> expected = Arrays.stream(slugs.split(" ")).map(scheme::concept).collect(Collectors.toSet());

        assertThat(concepts(ontology, scheme)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void concepts_carryLabelDefinitionAndTheirSlugAsNotation(ConceptScheme scheme) {
        assertThat(concepts(ontology, scheme)).allSatisfy(iri -> {
            Resource concept = ontology.createResource(iri);
            assertThat(ontology.contains(concept, SKOS.prefLabel)).as("prefLabel %s", iri).isTrue();
            assertThat(ontology.contains(concept, SKOS.definition)).as("definition %s", iri).isTrue();
            String notation = concept.getProperty(SKOS.notation).getLiteral().getLexicalForm();
            assertThat(scheme.slugOf(iri)).contains(notation);
        });
    }

    @Test
    void alertLevels_areIntegerNotationsNamedAsInTheGuidelines() {
        List<String> labels = Stream.of(1, 2, 3, 4).map(level -> {
            Resource concept = ontology.createResource(ConceptScheme.ALERT_LEVEL.concept(level.toString()));
            assertThat(concept.getProperty(SKOS.notation).getInt()).isEqualTo(level);
            return concept.getProperty(SKOS.prefLabel).getString();
        }).toList();

        // 002 L84: "(1) precautionary phase; (2) restriction phase; (3) voluntary repatriation; and (4) evacuation/..."
        assertThat(labels).containsExactly("precautionary phase", "restriction phase", "voluntary repatriation",
                "evacuation/mandatory repatriation");
    }

    @Test
    void conceptShapes_listExactlyTheConceptsOfTheirScheme() {
        // Each llsh:*Concept node shape names its scheme with rdfs:isDefinedBy; its sh:in must match the ontology.
        Graph shapes = Vocabulary.shapesGraph();
        List<Triple> links = shapes.find(Node.ANY, RDFS.isDefinedBy.asNode(), Node.ANY).toList();

        assertThat(links).hasSize(ConceptScheme.values().length - 1); // alert levels are integers, checked by range
        assertThat(links).allSatisfy(link -> {
            ConceptScheme scheme = Arrays.stream(ConceptScheme.values())
                    .filter(s -> s.iri().equals(link.getObject().getURI())).findFirst().orElseThrow();
            Node list = G.getOneSP(shapes, link.getSubject(), SHACL.in);
            Set<String> listed = G.rdfList(shapes, list).stream().map(Node::getURI).collect(Collectors.toSet());
            assertThat(listed).as(scheme.name()).isEqualTo(concepts(ontology, scheme));
        });
    }

    @Test
    void ontology_isReadOnly() {
        Resource anything = ontology.createResource(LL.NS + "Injected");

        assertThatThrownBy(() -> ontology.add(anything, RDF.type, OWL.Class)).isInstanceOf(AddDeniedException.class);
    }

    static Stream<ConceptScheme> schemes() {
        return Arrays.stream(ConceptScheme.values());
    }

    private static Set<String> concepts(Model ontology, ConceptScheme scheme) {
        return ontology.listSubjectsWithProperty(SKOS.inScheme, ontology.createResource(scheme.iri())).toList()
                .stream().map(Resource::getURI).collect(Collectors.toSet());
    }

    private static Stream<Node> nodes(Triple t) {
        return Stream.of(t.getSubject(), t.getPredicate(), t.getObject());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
