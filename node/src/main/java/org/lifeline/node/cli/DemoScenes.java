// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.demo.OperatorApi;

/** The demo's scenes, each asked through a node's operator API and printed from both sides' point of view. */
final class DemoScenes {
    private final LocalFederation federation;
    private final PrintWriter out;

    DemoScenes(LocalFederation federation, PrintWriter out) {
        this.federation = federation;
        this.out = out;
    }

    void play() throws Exception {
        nationalsInCrisisRegion();
        motherLooksForHerSon();
        exchangeLogs();
    }

    /** Scene 6 of scenarios.md, first part: every exchange above is in both sides' tamper-evident logs. */
    private void exchangeLogs() throws Exception {
        out.println("\n== exchange logs (every query above, on both sides; receipts stored by the asker)");
        for (String node : List.of("origin", "host", "io")) {
            Map<String, Object> log = api(node).get("/api/exchange-log");
            out.printf("  %-7s %s entries, root %s%n", node, log.get("size"), log.get("root"));
        }
    }

    /** Scene 2 of scenarios.md: origin asks every peer for consented records of A's nationals in region XH-3. */
    private void nationalsInCrisisRegion() throws Exception {
        out.println("\n== origin asks the federation for A's nationals in region XH-3 (consular assistance, consent)");
        Map<String, Object> r = api("origin").post("/api/federation/find-registrations", Map.of(
                "nationality", "XA", "admin1", "XH-3", "purpose", "consular-assistance", "legalBasis", "consent"));
        printPeers(r);
        List<Map<String, Object>> hits = hits(r);
        Map<String, Integer> perPeer = new TreeMap<>();
        hits.forEach(h -> perPeer.merge((String) h.get("peer"), 1, Integer::sum));
        out.println("  origin saw, per peer: " + perPeer + " released record(s)");
        out.println("  fields withheld in what origin received, by rule: " + withheldByRule(hits));
        out.println("  immigration status fields received: " + countField(hits, "immigrationStatus") + " (firewall: never at record level)");
    }

    /** Scene 3 of scenarios.md: a mother reports her son missing to origin; origin fans out find-person. */
    private void motherLooksForHerSon() throws Exception {
        out.println("\n== a mother asks origin to find her son Мухаммед Алиев, born 1990 (family tracing, consent)");
        Map<String, Object> r = api("origin").post("/api/federation/find-person", Map.of(
                "names", List.of("Мухаммед Алиев"), "birthDate", "1990", "purpose", "family-tracing", "legalBasis", "consent"));
        printPeers(r);
        for (Map<String, Object> hit : hits(r)) {
            Map<String, Object> record = map(hit.get("record"));
            out.printf("  match at %s: record %s, score %s, matched %s%n", hit.get("peer"), record.get("recordId"),
                    record.get("score"), record.get("matched"));
            out.println("    released: " + record.get("fields"));
            for (Map<String, Object> d : decisions(hit)) {
                if (!"release".equals(d.get("action"))) {
                    out.printf("    %s %s: %s%n", d.get("action"), d.get("field"),
                            d.getOrDefault("why", "to " + d.get("level") + " (" + d.get("rule") + ")"));
                }
            }
        }
        if (hits(r).isEmpty()) {
            out.println("  no match released");
        }
    }

    private void printPeers(Map<String, Object> r) {
        out.println("  peers answered: " + r.get("answered") + (map(r.get("failed")).isEmpty() ? "" : "; failed: " + r.get("failed"))
                + (map(r.get("notAsked")).isEmpty() ? "" : "; not asked: " + r.get("notAsked")));
    }

    private static Map<String, Integer> withheldByRule(List<Map<String, Object>> hits) {
        Map<String, Integer> byRule = new TreeMap<>();
        for (Map<String, Object> hit : hits) {
            decisions(hit).stream().filter(d -> "withhold".equals(d.get("action")))
                    .forEach(d -> byRule.merge(d.get("field") + " <- " + d.get("rule"), 1, Integer::sum));
        }
        return byRule;
    }

    private static long countField(List<Map<String, Object>> hits, String field) {
        return hits.stream().filter(h -> map(map(h.get("record")).get("fields")).containsKey(field)).count();
    }

    private OperatorApi api(String node) {
        return new OperatorApi(federation.node(node).url());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> r) {
        return (List<Map<String, Object>>) r.get("hits");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> decisions(Map<String, Object> hit) {
        return (List<Map<String, Object>>) map(hit.get("decisions")).getOrDefault("fields", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
