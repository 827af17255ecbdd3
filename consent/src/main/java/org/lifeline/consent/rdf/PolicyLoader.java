// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.ConsentRecord;
import org.lifeline.consent.model.Policy;

/**
 * Loads agreements and consent records from Turtle and validates them on load. Every fault in every file is
 * collected and thrown together as a {@link PolicyException} whose problems name the file and the term at fault:
 * unparsable Turtle, unknown concepts or fields, missing or repeated values, contradictory validity, broken consent
 * hash chains, and grants the firewall would always refuse.
 */
public final class PolicyLoader {
    /** Classpath location of the sample agreements for the reference scenarios. */
    public static final String DEFAULT_POLICY = "/org/lifeline/consent/default-policy.ttl";

    private PolicyLoader() {
    }

    public static Policy load(Path... files) {
        List<Source> sources = new ArrayList<>();
        List<PolicyProblem> problems = new ArrayList<>();
        for (Path file : files) {
            parse(file.toString(), RDFParser.source(file), problems).ifPresent(sources::add);
        }
        return load(sources, problems);
    }

    public static Policy load(String name, InputStream turtle) {
        List<PolicyProblem> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        parse(name, RDFParser.source(turtle), problems).ifPresent(sources::add);
        return load(sources, problems);
    }

    public static Policy loadDefault() {
        try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT_POLICY)) {
            if (in == null) {
                throw new IllegalStateException("default policy missing from the class path: " + DEFAULT_POLICY);
            }
            return load(DEFAULT_POLICY, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Source(String name, Model model) {
    }

    private static Optional<Source> parse(String name, RDFParserBuilder parser,
            List<PolicyProblem> problems) {
        Model model = ModelFactory.createDefaultModel();
        try {
            parser.lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model);
            return Optional.of(new Source(name, model));
        } catch (RiotException e) {
            problems.add(new PolicyProblem(name, "syntax", e.getMessage()));
            return Optional.empty();
        }
    }

    private static Policy load(List<Source> sources, List<PolicyProblem> problems) {
        Map<String, Agreement> agreements = new LinkedHashMap<>();
        Map<Resource, ConsentRecord> versions = new LinkedHashMap<>();
        TermReader merged = new TermReader(sources.size() == 1 ? sources.getFirst().name() : "policy");
        for (Source source : sources) {
            TermReader in = new TermReader(source.name());
            for (Resource subject : typed(source.model(), PolicyTerms.SHARING_AGREEMENT, PolicyTerms.ODRL_AGREEMENT)) {
                AgreementReader.read(in, subject).ifPresent(a -> {
                    if (agreements.putIfAbsent(a.id(), a) != null) {
                        in.problem(subject, "agreement is defined in more than one policy file");
                    }
                });
            }
            for (Resource subject : typed(source.model(), PolicyTerms.CONSENT_RECORD, PolicyTerms.DPV_CONSENT)) {
                ConsentReader.read(in, subject).ifPresent(c -> versions.put(subject, c));
            }
            problems.addAll(in.problems());
        }
        var consents = ConsentReader.histories(merged, versions);
        problems.addAll(merged.problems());
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new Policy(agreements, consents);
    }

    private static Set<Resource> typed(Model model, Resource... types) {
        Set<Resource> out = new LinkedHashSet<>();
        for (Resource type : types) {
            out.addAll(model.listSubjectsWithProperty(RDF.type, type).toList());
        }
        return out;
    }
}
