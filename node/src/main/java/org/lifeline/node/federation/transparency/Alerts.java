// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lifeline.node.exchangelog.Verification;
import org.lifeline.node.exchangelog.WitnessDecision;
import org.lifeline.node.keys.NodeIdentity;

/**
 * Evidence of a peer log that contradicted itself (split view or rewritten history), one JSON file per alert in
 * {@code <node folder>/alerts/}: both checkpoints as signed notes (anyone with the peer's key can check them), the
 * proof that failed and why. The operator API lists them; nothing here ever deletes one.
 */
public final class Alerts {
    private final Path dir;

    public Alerts(Path dir) {
        this.dir = dir;
    }

    /** Saves the evidence and returns the file it went to. */
    public Path raise(String peer, Instant at, WitnessDecision.Inconsistent evidence) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peer", NodeIdentity.requireNodeId(peer));
        m.put("detectedAt", at.toString());
        m.put("kind", "inconsistent-checkpoint");
        m.put("reason", evidence.why() instanceof Verification.Invalid inv ? inv.code() + ": " + inv.detail() : "");
        m.put("previous", evidence.previous().format());
        m.put("offered", evidence.offered().format());
        m.put("proof", LogJson.consistencyJson(evidence.proof()));
        Path file = dir.resolve(at.toEpochMilli() + "-" + peer + ".json");
        TextFiles.replace(file, JSONObjectUtils.toJSONString(m));
        return file;
    }

    /** Every alert saved, oldest first; a file that is not an alert is listed with its name only. */
    public List<Map<String, Object>> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Path f : files) {
            try {
                Map<String, Object> m = new LinkedHashMap<>(JSONObjectUtils.parse(Files.readString(f, StandardCharsets.UTF_8)));
                m.put("file", f.getFileName().toString());
                out.add(m);
            } catch (ParseException e) {
                out.add(Map.of("file", f.getFileName().toString(), "kind", "unreadable"));
            }
        }
        return out;
    }
}
