// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.SignedCheckpoint;

/**
 * Verifies an audit export offline with the auditor's {@link TrustedKeys}; needs no node and no private key. Runs every
 * check it can and reports each with evidence (docs/audit.md, "What each check proves"); it never stops at the first
 * failure, and a check that cannot run (missing file, unparsable note) is a failure, never a pass.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static AuditReport verify(Path dir, TrustedKeys trusted) {
        List<AuditCheck> checks = new ArrayList<>();
        try {
            run(dir, trusted, checks);
        } catch (IOException | UncheckedIOException e) {
            checks.add(AuditCheck.fail("export.readable", e.getClass().getSimpleName() + " reading the export"));
        }
        return new AuditReport(dir.toString(), checks);
    }

    private static void run(Path dir, TrustedKeys trusted, List<AuditCheck> checks) throws IOException {
        Optional<Manifest> manifest = Files.isRegularFile(dir.resolve(Manifest.FILE))
                ? Manifest.parse(Files.readString(dir.resolve(Manifest.FILE), StandardCharsets.UTF_8))
                : Optional.empty();
        checks.add(new AuditCheck("manifest.read", manifest.isPresent(),
                manifest.isPresent() ? Manifest.FORMAT : "missing or not " + Manifest.FORMAT));
        if (manifest.isEmpty()) {
            return;
        }
        fileHashes(dir, manifest.get(), checks);
        EntryScan scan = EntryScan.read(dir.resolve(Manifest.ENTRIES));
        entryChecks(scan, manifest.get(), checks);
        List<SignedCheckpoint> checkpoints = readCheckpoints(dir, manifest.get(), checks);
        var perCheckpoint = new CheckpointChecks(scan.tree, trusted, checks);
        for (int i = 0; i < checkpoints.size(); i++) {
            String id = "checkpoint." + (i + 1);
            SignedCheckpoint cp = checkpoints.get(i);
            perCheckpoint.logSignature(id, cp);
            perCheckpoint.root(id, cp);
            if (i > 0) {
                perCheckpoint.consistency(id, checkpoints.get(i - 1), cp);
            }
            perCheckpoint.witnesses(id, cp, i == checkpoints.size() - 1);
        }
        if (!checkpoints.isEmpty()) {
            coverage(scan, checkpoints.getLast(), checks);
        }
    }

    private static void fileHashes(Path dir, Manifest manifest, List<AuditCheck> checks) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : manifest.sha256().entrySet()) {
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                problems.add(e.getKey() + " missing");
            } else if (!sha256(file).equals(e.getValue())) {
                problems.add(e.getKey() + " differs");
            }
        }
        checks.add(new AuditCheck("manifest.file-hashes", problems.isEmpty(), problems.isEmpty()
                ? manifest.sha256().size() + " files match the manifest (transport integrity only)"
                : String.join(", ", problems)));
    }

    private static void entryChecks(EntryScan scan, Manifest manifest, List<AuditCheck> checks) {
        checks.add(new AuditCheck("entries.framing", scan.framingProblem.isEmpty(),
                scan.framingProblem.isEmpty() ? scan.tree.size() + " length-prefixed entries" : scan.framingProblem));
        checks.add(new AuditCheck("entries.decode", scan.decodeFailureCount == 0, scan.decodeFailureCount == 0
                ? "all " + scan.tree.size() + " entries decode canonically (format v1, no trailing bytes)"
                : scan.decodeFailureCount + " entries refused, first: " + String.join("; ", scan.decodeFailures)));
        checks.add(new AuditCheck("entries.count", manifest.entries() == scan.tree.size(),
                "manifest says " + manifest.entries() + ", file has " + scan.tree.size()));
    }

    private static List<SignedCheckpoint> readCheckpoints(Path dir, Manifest manifest, List<AuditCheck> checks)
            throws IOException {
        List<SignedCheckpoint> out = new ArrayList<>();
        for (String name : manifest.checkpointFiles()) {
            Path file = dir.resolve(name);
            Parsed<SignedCheckpoint> parsed = Files.isRegularFile(file)
                    ? SignedCheckpoint.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : Parsed.refused("file missing");
            switch (parsed) {
                case Parsed.Ok<SignedCheckpoint> ok -> out.add(ok.value());
                case Parsed.Refused<SignedCheckpoint> r -> checks.add(AuditCheck.fail(name + ".parse", r.reason()));
            }
        }
        checks.add(new AuditCheck("checkpoints.present", !out.isEmpty(), out.size() + " signed checkpoints read"));
        return out;
    }

    // Every exported entry must sit under the latest signed root: no more entries than it covers, and no fewer.
    private static void coverage(EntryScan scan, SignedCheckpoint latest, List<AuditCheck> checks) {
        long n = scan.tree.size();
        boolean ok = n == latest.size() && scan.tree.root().equals(latest.root());
        checks.add(new AuditCheck("entries.included-in-latest", ok, ok
                ? "all " + n + " entries are leaves of the latest signed tree (root " + latest.root().hex() + ")"
                : "export has " + n + " entries with root " + scan.tree.root().hex() + "; latest checkpoint is size "
                        + latest.size() + " root " + latest.root().hex()));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = AuditExporter.sha256();
        try (var in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
