// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.exchangelog.ConsistencyProof;
import org.lifeline.node.exchangelog.Entries;
import org.lifeline.node.exchangelog.ExchangeLog;
import org.lifeline.node.exchangelog.SignedCheckpoint;
import org.lifeline.node.exchangelog.TestSigner;
import org.lifeline.node.exchangelog.WitnessDecision;
import org.lifeline.node.exchangelog.WitnessState;
import org.lifeline.node.exchangelog.file.FileExchangeLog;

class AuditVerifierTest {
    private static final String ORIGIN = "lifeline.example/node-a";
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_732_400_000L), ZoneOffset.UTC);
    private final TestSigner logKey = TestSigner.log(ORIGIN, 1);
    private final TestSigner witnessKey = TestSigner.witness("witness.example/w1", 9);
    private final TrustedKeys trusted = new TrustedKeys(List.of(logKey.verifierKey()),
            List.of(witnessKey.verifierKey()));

    @TempDir
    Path tmp;
    private Path export;

    @BeforeEach
    void exportAHonestLog() {
        export = exportLog(tmp.resolve("log"), 30, true, tmp.resolve("export"));
    }

    @Test
    void honestExport_passesEveryCheck_andPrintsReadably() {
        AuditReport report = AuditVerifier.verify(export, trusted);
        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.toText()).contains("PASS  entries.included-in-latest", "PASS  checkpoint.2.consistency",
                "PASS  checkpoint.2.witness.witness.example/w1", "RESULT: PASS");
    }

    @Test
    void flippedByteInAnyEntry_isDetected() throws IOException {
        List<byte[]> entries = readEntries();
        var random = new SplittableRandom(5);
        for (int i = 0; i < entries.size(); i++) {
            List<byte[]> tampered = copy(entries);
            byte[] e = tampered.get(i);
            e[random.nextInt(e.length)] ^= (byte) (1 << random.nextInt(8));
            writeEntries(tampered);
            AuditReport report = AuditVerifier.verify(export, trusted);
            assertThat(report.passed()).as("flip in entry %d", i).isFalse();
            assertThat(failed(report)).contains("entries.included-in-latest");
        }
    }

    @Test
    void droppedEntry_isDetected() throws IOException {
        List<byte[]> entries = readEntries();
        entries.remove(30);
        writeEntries(entries);
        assertThat(failed(AuditVerifier.verify(export, trusted)))
                .contains("checkpoint.2.root", "entries.included-in-latest");
    }

    @Test
    void reorderedEntries_areDetected() throws IOException {
        List<byte[]> entries = readEntries();
        entries.add(11, entries.remove(10));
        writeEntries(entries);
        assertThat(failed(AuditVerifier.verify(export, trusted)))
                .contains("checkpoint.1.root", "checkpoint.2.root", "entries.included-in-latest");
    }

    @Test
    void forkedTree_signedByTheLogKey_isDetected() throws IOException {
        Path fork = exportLog(tmp.resolve("fork-log"), 1030, true, tmp.resolve("fork-export"));
        Files.copy(fork.resolve("checkpoints/000002.note"), export.resolve("checkpoints/000002.note"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        rehash("checkpoints/000002.note");
        AuditReport report = AuditVerifier.verify(export, trusted);
        assertThat(report.check("checkpoint.2.log-signature")).hasValueSatisfying(c -> assertThat(c.passed()).isTrue());
        assertThat(failed(report)).contains("checkpoint.2.root", "checkpoint.2.consistency",
                "entries.included-in-latest");
    }

    @Test
    void badCheckpointSignature_isDetected() throws IOException {
        Path note = export.resolve("checkpoints/000001.note");
        String text = Files.readString(note);
        int sigStart = text.indexOf("\u2014 " + ORIGIN + " ") + ORIGIN.length() + 3;
        char c = text.charAt(sigStart + 10);
        Files.writeString(note, text.substring(0, sigStart + 10) + (c == 'A' ? 'B' : 'A')
                + text.substring(sigStart + 11));
        rehash("checkpoints/000001.note");
        assertThat(failed(AuditVerifier.verify(export, trusted))).containsExactly("checkpoint.1.log-signature");
    }

    @Test
    void missingCosignatureOnLatest_isDetected() {
        Path uncosigned = exportLog(tmp.resolve("log2"), 30, false, tmp.resolve("export2"));
        assertThat(failed(AuditVerifier.verify(uncosigned, trusted)))
                .containsExactly("checkpoint.2.witness.witness.example/w1");
    }

    @Test
    void keyNotTrustedByTheAuditor_failsEverySignatureCheck() {
        var other = new TrustedKeys(List.of(TestSigner.log(ORIGIN, 77).verifierKey()), List.of());
        assertThat(failed(AuditVerifier.verify(export, other)))
                .containsExactly("checkpoint.1.log-signature", "checkpoint.2.log-signature");
    }

    @Test
    void naiveEditWithoutFixingTheManifest_failsTransportCheck() throws IOException {
        Files.writeString(export.resolve("keys.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(failed(AuditVerifier.verify(export, trusted))).containsExactly("manifest.file-hashes");
    }

    /** A log of 50 entries whose entries [20, 50) come from {@code seedOfTail}; checkpoints at 20 and 50. */
    private Path exportLog(Path logDir, long seedOfTail, boolean cosignLatest, Path to) {
        try (ExchangeLog log = FileExchangeLog.open(logDir)) {
            log.append(Entries.range(0, 20));
            SignedCheckpoint first = log.checkpoint(ORIGIN, logKey, CLOCK);
            log.append(Entries.range(seedOfTail, 30));
            SignedCheckpoint second = log.checkpoint(ORIGIN, logKey, CLOCK);
            var witness = WitnessState.fresh(ORIGIN, logKey.verifier());
            var d1 = (WitnessDecision.Cosigned) witness.observe(first, new ConsistencyProof(0, 20, List.of()),
                    witnessKey, CLOCK);
            var d2 = (WitnessDecision.Cosigned) d1.state().observe(second, log.consistencyProof(20, 50),
                    witnessKey, CLOCK);
            List<WitnessCosignature> cosignatures = new ArrayList<>();
            cosignatures.add(new WitnessCosignature(first.checkpoint(), d1.cosignature()));
            if (cosignLatest) {
                cosignatures.add(new WitnessCosignature(second.checkpoint(), d2.cosignature()));
            }
            AuditExporter.export(log, log.checkpoints(), cosignatures,
                    List.of(logKey.verifierKey(), witnessKey.verifierKey()), to);
        }
        return to;
    }

    private static List<String> failed(AuditReport report) {
        return report.failures().stream().map(AuditCheck::id).toList();
    }

    private List<byte[]> readEntries() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (var in = new DataInputStream(Files.newInputStream(export.resolve("entries.bin")))) {
            while (in.available() > 0) {
                byte[] e = new byte[in.readInt()];
                in.readFully(e);
                out.add(e);
            }
        }
        return out;
    }

    // Rewrites entries.bin and its manifest hash, as a forger who knows the format would.
    private void writeEntries(List<byte[]> entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            for (byte[] e : entries) {
                out.writeInt(e.length);
                out.write(e);
            }
        }
        Files.write(export.resolve("entries.bin"), bytes.toByteArray());
        rehash("entries.bin");
    }

    private void rehash(String name) throws IOException {
        Path manifest = export.resolve("MANIFEST.txt");
        String fresh;
        try {
            fresh = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(export.resolve(name))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            lines.add(line.startsWith("sha256 " + name + " ") ? "sha256 " + name + " " + fresh : line);
        }
        Files.write(manifest, lines, StandardCharsets.UTF_8);
    }

    private static List<byte[]> copy(List<byte[]> entries) {
        return entries.stream().map(byte[]::clone).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }
}
