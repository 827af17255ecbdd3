// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.exchangelog.audit.AuditExporter;
import org.lifeline.node.exchangelog.file.FileExchangeLog;
import org.lifeline.node.federation.transparency.CosignatureStore;
import org.lifeline.node.keys.LogKeys;
import org.lifeline.node.keys.NodeIdentity;

/**
 * {@code lifeline audit export}: writes an audit export (docs/audit.md) of a node's exchange log, stopped or running.
 * It never opens the live files (opening repairs a torn tail, which would cut a running node's in-flight append):
 * it copies them first, checkpoints before entries, so the copied entries cover every copied checkpoint, then opens
 * and repairs the copy. The published keys are the node's log and witness keys from its own key pair.
 */
public final class AuditExport {
    // Copy order matters: a checkpoint is stored only after the entries it covers were synced.
    private static final List<String> FILES = List.of("checkpoints.seg", CosignatureStore.FILE, "entries.seg",
            "leaves.idx");

    private AuditExport() {
    }

    public static Path export(NodeSettings settings, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(out + " is not empty");
                }
            }
        }
        NodeIdentity identity = NodeKeys.read(settings);
        Path copy = Files.createTempDirectory("lifeline-log-snapshot-");
        try {
            for (String name : FILES) {
                Path source = settings.exchangeLogDir().resolve(name);
                if (Files.exists(source)) {
                    Files.copy(source, copy.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (FileExchangeLog log = FileExchangeLog.open(copy)) {
                if (log.checkpoints().isEmpty()) {
                    throw new IOException("the log in " + settings.exchangeLogDir() + " has no signed checkpoint yet");
                }
                return AuditExporter.export(log, log.checkpoints(), CosignatureStore.read(copy.resolve(CosignatureStore.FILE)),
                        List.of(LogKeys.logKey(identity.nodeId(), identity.publicKey()),
                                LogKeys.witnessKey(identity.nodeId(), identity.publicKey())), out);
            }
        } finally {
            try (Stream<Path> s = Files.walk(copy)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
