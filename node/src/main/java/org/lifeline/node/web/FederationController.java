// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.client.FederatedQueries;
import org.lifeline.node.federation.client.FederatedResult;
import org.lifeline.node.federation.query.FindPersonQuery;
import org.lifeline.node.federation.query.FindRegistrationsQuery;
import org.lifeline.node.federation.query.InvalidQueryException;
import org.lifeline.node.federation.query.QueryKind;
import org.lifeline.node.wiring.Federation;
import org.lifeline.node.wiring.FederationRuntime;

/**
 * The operator's way to ask the federation: the query, the purpose and legal basis chosen explicitly, the role this
 * node claims (default: its first role on the trust list) and a deadline. Answers list the released records per
 * peer with their decision summaries, and the peers that failed.
 */
@Controller("/api/federation")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class FederationController {
    private static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    private final Federation federation;
    private final NodeSettings settings;

    FederationController(Federation federation, NodeSettings settings) {
        this.federation = federation;
        this.settings = settings;
    }

    @Get(value = "/peers", produces = MediaType.APPLICATION_JSON)
    String peers() {
        FederationRuntime rt = runtime();
        return JSONObjectUtils.toJSONString(Map.of("self", settings.nodeId(), "trustListVersion", rt.trustList().version(),
                "peers", rt.queries().peers().stream().map(m -> Map.of("node", m.nodeId(), "organisation", m.organisation(),
                        "roles", m.roles(), "endpoint", m.endpoint().toString())).toList()));
    }

    @Post(value = "/find-person", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    String findPerson(@Body String body) {
        return ask(QueryKind.FIND_PERSON, body);
    }

    @Post(value = "/find-registrations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    String findRegistrations(@Body String body) {
        return ask(QueryKind.FIND_REGISTRATIONS, body);
    }

    private String ask(QueryKind kind, String body) {
        FederationRuntime rt = runtime();
        Map<String, Object> json;
        String queryJson;
        try {
            json = JSONObjectUtils.parse(body);
            queryJson = kind == QueryKind.FIND_PERSON ? FindPersonQuery.parse(body).toJson()
                    : FindRegistrationsQuery.parse(body).toJson();
        } catch (ParseException e) {
            throw bad("", "body is not a JSON object");
        } catch (InvalidQueryException e) {
            throw bad(e.field(), e.getMessage());
        }
        String purpose = required(json, "purpose");
        String legalBasis = required(json, "legalBasis");
        String role = Optional.ofNullable(str(json, "role")).orElseGet(() -> ownRole(rt));
        Optional<String> agreement = Optional.ofNullable(str(json, "agreement"));
        Duration deadline = json.get("deadlineMs") instanceof Number n ? Duration.ofMillis(n.longValue()) : DEFAULT_DEADLINE;
        var terms = new FederatedQueries.Terms(purpose, legalBasis, role,
                (peer, p, r) -> agreement.or(() -> rt.agreementFor(settings.nodeId(), peer, p, r)));
        return render(rt.queries().ask(kind, queryJson, terms, deadline));
    }

    private String ownRole(FederationRuntime rt) {
        return rt.trustList().member(settings.nodeId()).map(Member::roles).flatMap(r -> r.stream().sorted().findFirst())
                .orElseThrow(() -> bad("role", "this node has no role on the trust list; name one"));
    }

    private static String render(FederatedResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answered", r.answered());
        out.put("failed", r.failed());
        out.put("notAsked", r.notAsked());
        out.put("hits", r.hits().stream().map(h -> Map.of("peer", h.peer(), "record", h.record(), "decisions", h.decisions()))
                .toList());
        return JSONObjectUtils.toJSONString(out);
    }

    private FederationRuntime runtime() {
        return federation.runtime().orElseThrow(() -> new ProblemException(Problem.of("federation-off",
                "Federation not configured", 409, "this node has no trust list; see docs/operator-guide.md")));
    }

    private static String required(Map<String, Object> json, String key) {
        String v = str(json, key);
        if (v == null || v.isBlank()) {
            throw bad(key, key + " is required (the operator chooses it explicitly)");
        }
        return v;
    }

    private static String str(Map<String, Object> json, String key) {
        return json.get(key) instanceof String s ? s : null;
    }

    private static ProblemException bad(String field, String detail) {
        return new ProblemException(Problem.of("invalid-query", "Invalid query", 400, detail).withField(field));
    }
}
