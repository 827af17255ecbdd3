// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lifeline.node.demo.OperatorApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Asks the federation through a running node's operator API; purpose and legal basis are always explicit. */
@Command(name = "query", description = "Ask the federation (through a running node) to find a person or registrations.",
        subcommands = {QueryCommand.FindPerson.class, QueryCommand.FindRegistrations.class})
final class QueryCommand {
    private QueryCommand() {
    }

    /** Options every federated query takes. */
    static final class Terms {
        @Option(names = "--node", defaultValue = "http://127.0.0.1:7100", description = "the asking node's operator API (default: ${DEFAULT-VALUE})")
        URI node;
        @Option(names = "--purpose", required = true, description = "family-tracing, consular-assistance, evacuation, ...")
        String purpose;
        @Option(names = "--legal-basis", required = true, description = "consent, agreement or vital-interest")
        String legalBasis;
        @Option(names = "--role", description = "recipient role to claim (default: the node's first role on the trust list)")
        String role;
        @Option(names = "--agreement", description = "agreement IRI (default: the one in force with each peer for the purpose)")
        String agreement;
        @Option(names = "--deadline-ms", defaultValue = "10000")
        long deadlineMs;

        Map<String, Object> body() {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("purpose", purpose);
            b.put("legalBasis", legalBasis);
            b.put("deadlineMs", deadlineMs);
            if (role != null) {
                b.put("role", role);
            }
            if (agreement != null) {
                b.put("agreement", agreement);
            }
            return b;
        }
    }

    @Command(name = "find-person", description = "Find a person by names (any script), birth date or year, nationality.")
    static final class FindPerson implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        Terms terms;
        @Option(names = "--name", required = true, description = "a name (repeatable)")
        List<String> names;
        @Option(names = "--birth-date", description = "YYYY, YYYY-MM or YYYY-MM-DD")
        String birthDate;
        @Option(names = "--nationality")
        List<String> nationality = List.of();

        @Override
        public Integer call() throws Exception {
            Map<String, Object> body = terms.body();
            body.put("names", names);
            if (birthDate != null) {
                body.put("birthDate", birthDate);
            }
            if (!nationality.isEmpty()) {
                body.put("nationality", nationality);
            }
            return print(new OperatorApi(terms.node).post("/api/federation/find-person", body), spec.commandLine().getOut());
        }
    }

    @Command(name = "find-registrations", description = "Find records of one's nationals held by the peers.")
    static final class FindRegistrations implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        Terms terms;
        @Option(names = "--nationality", required = true)
        String nationality;
        @Option(names = "--admin1")
        String admin1;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> body = terms.body();
            body.put("nationality", nationality);
            if (admin1 != null) {
                body.put("admin1", admin1);
            }
            return print(new OperatorApi(terms.node).post("/api/federation/find-registrations", body),
                    spec.commandLine().getOut());
        }
    }

    @SuppressWarnings("unchecked")
    static int print(Map<String, Object> result, PrintWriter out) {
        out.println("answered: " + result.get("answered") + "  failed: " + result.get("failed")
                + "  not asked: " + result.get("notAsked"));
        for (Map<String, Object> hit : (List<Map<String, Object>>) result.get("hits")) {
            Map<String, Object> record = (Map<String, Object>) hit.get("record");
            out.printf("%s %s %s%s%n", hit.get("peer"), record.get("type"), record.get("recordId"),
                    record.containsKey("score") ? " score " + record.get("score") : "");
            out.println("  released: " + record.get("fields"));
            for (Map<String, Object> d : (List<Map<String, Object>>) ((Map<String, Object>) hit.get("decisions"))
                    .getOrDefault("fields", List.of())) {
                if (!"release".equals(d.get("action"))) {
                    out.printf("  %s %s (%s)%n", d.get("action"), d.get("field"), d.get("rule"));
                }
            }
        }
        return 0;
    }
}
