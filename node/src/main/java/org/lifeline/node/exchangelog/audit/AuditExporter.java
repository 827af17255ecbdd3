// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifeline.node.exchangelog.ExchangeLogReader;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.VerifierKey;

/**
 * Writes an audit export directory (layout in docs/audit.md): the entries covered by the latest checkpoint, every
 * checkpoint as a signed note carrying the witness cosignatures given for it, the published keys and a manifest.
 * Entries appended after the latest checkpoint are not exported: nothing signed covers them yet.
 */
public final class AuditExporter {

    private AuditExporter() {
    }

    /** Exports to {@code dir} (created; must be empty or absent). Requires at least one checkpoint. */
    public static Path export(ExchangeLogReader log, List<SignedCheckpoint> checkpoints,
            List<WitnessCosignature> cosignatures, List<VerifierKey> publishedKeys, Path dir) {
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one checkpoint");
        }
        try {
            Files.createDirectories(dir.resolve(Manifest.CHECKPOINT_DIR));
            Map<String, String> sha = new TreeMap<>();
            long entries = checkpoints.getLast().size();
            sha.put(Manifest.ENTRIES, writeEntries(log, entries, dir.resolve(Manifest.ENTRIES)));
            List<String> files = new ArrayList<>();
            for (int i = 0; i < checkpoints.size(); i++) {
                String name = Manifest.checkpointFile(i + 1);
                String note = withCosignatures(checkpoints.get(i), cosignatures).format();
                sha.put(name, writeText(dir.resolve(name), note));
                files.add(name);
            }
            var keys = new StringBuilder();
            publishedKeys.forEach(k -> keys.append(k.format()).append('\n'));
            sha.put(Manifest.KEYS, writeText(dir.resolve(Manifest.KEYS), keys.toString()));
            Path manifest = dir.resolve(Manifest.FILE);
            writeText(manifest, new Manifest(entries, files, sha).format());
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignedCheckpoint withCosignatures(SignedCheckpoint cp, List<WitnessCosignature> cosignatures) {
        SignedCheckpoint out = cp;
        for (WitnessCosignature w : cosignatures) {
            if (w.checkpoint().equals(cp.checkpoint()) && !out.note().signatures().contains(w.signature())) {
                out = out.withCosignature(w.signature());
            }
        }
        return out;
    }

    private static String writeEntries(ExchangeLogReader log, long count, Path file) throws IOException {
        MessageDigest sha = sha256();
        try (OutputStream raw = Files.newOutputStream(file);
                var out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(raw, sha), 1 << 16))) {
            for (long i = 0; i < count; i++) {
                byte[] entry = log.entryBytes(i);
                out.writeInt(entry.length);
                out.write(entry);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String writeText(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
