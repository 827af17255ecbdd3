// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.ExchangeLogReader;
import org.lifeline.node.exchangelog.NoteSignature;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.wiring.ExchangeLogRuntime;
import org.lifeline.node.wiring.Federation;

/**
 * The operator's view of the exchange log: size, root, the latest checkpoint as published (with the witnesses'
 * cosignatures), the entries (ids, hashes and counts only; no personal data by construction) and the alerts raised
 * when a peer's log contradicted itself.
 */
@Controller("/api/exchange-log")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ExchangeLogController {
    private static final int MAX_ENTRIES = 1000;

    private final Federation federation;

    ExchangeLogController(Federation federation) {
        this.federation = federation;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    String summary() {
        ExchangeLogRuntime rt = runtime();
        ExchangeLogReader log = rt.reader();
        long size = log.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("origin", rt.checkpointer().origin());
        out.put("size", size);
        out.put("root", log.root(size).base64());
        out.put("checkpoints", log.checkpoints().size());
        rt.checkpointer().latest().map(rt.cosignatures()::withCosignatures).ifPresent(cp -> {
            out.put("checkpointSize", cp.size());
            out.put("checkpoint", cp.format());
            out.put("cosignedBy", cosigners(cp));
        });
        return JSONObjectUtils.toJSONString(out);
    }

    @Get(value = "/entries", produces = MediaType.APPLICATION_JSON)
    String entries(@QueryValue(defaultValue = "0") long from, @QueryValue(defaultValue = "100") int limit) {
        ExchangeLogReader log = runtime().reader();
        if (from < 0 || limit < 1 || limit > MAX_ENTRIES) {
            throw new ProblemException(Problem.of("invalid-query", "Invalid query", 400,
                    "need from >= 0 and 1 <= limit <= " + MAX_ENTRIES));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (long i = from; i < Math.min(log.size(), from + limit); i++) {
            entries.add(json(i, log.entry(i)));
        }
        return JSONObjectUtils.toJSONString(Map.of("size", log.size(), "entries", entries));
    }

    @Get(value = "/alerts", produces = MediaType.APPLICATION_JSON)
    String alerts() {
        try {
            return JSONObjectUtils.toJSONString(Map.of("alerts", runtime().alerts().list()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Every signature line after the log's own; the log signs first (SignedCheckpoint.sign).
    private static List<String> cosigners(SignedCheckpoint cp) {
        List<NoteSignature> lines = cp.note().signatures();
        return lines.subList(Math.min(1, lines.size()), lines.size()).stream().map(NoteSignature::keyName).toList();
    }

    private static Map<String, Object> json(long index, ExchangeEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("time", e.time().toString());
        m.put("direction", e.direction().name());
        m.put("peer", e.peerNodeId());
        m.put("purpose", e.purpose());
        m.put("legalBasis", e.legalBasis());
        m.put("agreement", e.agreementId());
        m.put("requestHash", e.requestHash().hex());
        m.put("responseHash", e.responseHash().hex());
        m.put("records", e.recordsCount());
        m.put("fieldsReleased", e.fieldsReleased());
        m.put("fieldsGeneralised", e.fieldsGeneralised());
        m.put("fieldsWithheld", e.fieldsWithheld());
        m.put("withholdingRules", e.withholdingRules());
        return m;
    }

    private ExchangeLogRuntime runtime() {
        return federation.runtime().map(f -> f.exchangeLog()).orElseThrow(() -> new ProblemException(Problem.of(
                "federation-off", "Federation not configured", 409, "this node has no trust list and no exchange log")));
    }
}
