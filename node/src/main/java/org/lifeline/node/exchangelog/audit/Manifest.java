// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code MANIFEST.txt} of an export: {@code #} comment lines for people, then {@code key value} lines: the format id,
 * entry and checkpoint counts, and {@code sha256 <file> <hex>} per file. The file hashes catch damage in transport;
 * they prove nothing against a forger, which is what the signature and tree checks are for.
 */
record Manifest(long entries, List<String> checkpointFiles, Map<String, String> sha256) {
    static final String FORMAT = "lifeline-exchange-log-export/1";
    static final String FILE = "MANIFEST.txt";
    static final String ENTRIES = "entries.bin";
    static final String KEYS = "keys.txt";
    static final String CHECKPOINT_DIR = "checkpoints";

    Manifest {
        checkpointFiles = List.copyOf(checkpointFiles);
        sha256 = Map.copyOf(sha256);
    }

    static String checkpointFile(int sequence) {
        return CHECKPOINT_DIR + "/" + String.format("%06d.note", sequence);
    }

    String format() {
        var sb = new StringBuilder()
                .append("# Lifeline exchange log export (docs/audit.md). Check it offline with:\n")
                .append("#   lifeline audit verify <this directory> --log-key <vkey> [--witness-key <vkey>]...\n")
                .append("# ").append(ENTRIES).append(": u32 big-endian length || canonical entry, in log order\n")
                .append("# ").append(CHECKPOINT_DIR).append("/: C2SP signed notes in signing order, with cosignatures\n")
                .append("# ").append(KEYS).append(": keys the node published; informational, trust your own copy\n")
                .append("format ").append(FORMAT).append('\n')
                .append("entries ").append(entries).append('\n')
                .append("checkpoints ").append(checkpointFiles.size()).append('\n');
        sha256.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append("sha256 ").append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        return sb.toString();
    }

    /** Parses a manifest; empty when the format line is missing or unknown or a line is malformed. */
    static Optional<Manifest> parse(String text) {
        Map<String, String> sha = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[0].equals("sha256")) {
                sha.put(parts[1], parts[2]);
            } else if (parts.length == 2) {
                fields.put(parts[0], parts[1]);
            } else {
                return Optional.empty();
            }
        }
        if (!FORMAT.equals(fields.get("format"))) {
            return Optional.empty();
        }
        try {
            int count = Integer.parseInt(fields.getOrDefault("checkpoints", "-1"));
            List<String> files = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                files.add(checkpointFile(i));
            }
            return Optional.of(new Manifest(Long.parseLong(fields.getOrDefault("entries", "-1")), files, sha));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
