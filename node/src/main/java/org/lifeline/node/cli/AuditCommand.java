// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.VerifierKey;
import org.lifeline.node.exchangelog.audit.AuditReport;
import org.lifeline.node.exchangelog.audit.AuditVerifier;
import org.lifeline.node.exchangelog.audit.TrustedKeys;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustAnchor;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.TrustListVerifier;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.federation.transparency.PeerLogKeys;
import org.lifeline.node.keys.LogKeys;
import org.lifeline.node.wiring.AuditExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Offline audit of a node's exchange log (docs/audit.md): export it, and verify an export with public keys only. */
@Command(name = "audit", description = "Export a node's exchange log for audit, or verify an export offline.",
        subcommands = {AuditCommand.Export.class, AuditCommand.Verify.class})
final class AuditCommand {
    /** Exit code of a verification that ran and found a failing check. */
    static final int AUDIT_FAILED = 3;

    private AuditCommand() {
    }

    @Command(name = "export", description = "Write the log's entries, checkpoints, cosignatures and keys to a directory "
            + "(safe on a running node).")
    static final class Export implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        NodeFolder folder;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "new or empty export directory")
        Path out;

        @Override
        public Integer call() throws Exception {
            Path manifest = AuditExport.export(folder.settings(), out);
            spec.commandLine().getOut().println("exported to " + out + " (see " + manifest.getFileName() + ")");
            return 0;
        }
    }

    @Command(name = "verify", description = "Verify an export offline: signatures, every entry's inclusion, consistency "
            + "between checkpoints and witness cosignatures. Exit 0 only if every check passed.")
    static final class Verify implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR", description = "the export directory")
        Path dir;
        @ArgGroup(exclusive = false)
        FromTrustList fromTrustList;
        @Option(names = "--log-key", paramLabel = "VKEY", description = "trusted log verifier key (signed-note vkey)")
        List<String> logKeys = new ArrayList<>();
        @Option(names = "--witness-key", paramLabel = "VKEY", description = "witness whose cosignature is required")
        List<String> witnessKeys = new ArrayList<>();
        @Option(names = "--node", description = "the node whose log this is (default: named by the export's first "
                + "checkpoint; its keys still come from the trust list)")
        String node;

        /** Keys from a signed trust list, checked against the issuer anchor the auditor holds. */
        static final class FromTrustList {
            @Option(names = "--trust-list", required = true, paramLabel = "FILE.jws")
            Path trustList;
            @Option(names = "--anchor", required = true, paramLabel = "issuer.json")
            Path anchor;
        }

        @Override
        public Integer call() throws Exception {
            List<VerifierKey> logs = parse(logKeys);
            List<VerifierKey> witnesses = parse(witnessKeys);
            if (fromTrustList != null) {
                String owner = node != null ? node : originNode(dir);
                TrustList list = verifiedList(fromTrustList);
                Member member = list.member(owner).orElseThrow(() -> new IllegalArgumentException(
                        "the trust list has no member " + owner));
                logs.addAll(PeerLogKeys.logKeys(member));
                witnesses.addAll(PeerLogKeys.witnessesOf(list, owner, Instant.now()));
            }
            if (logs.isEmpty()) {
                throw new IllegalArgumentException("give --trust-list and --anchor, or at least one --log-key");
            }
            AuditReport report = AuditVerifier.verify(dir, new TrustedKeys(logs, witnesses));
            spec.commandLine().getOut().print(report.toText());
            return report.passed() ? 0 : AUDIT_FAILED;
        }

        private static List<VerifierKey> parse(List<String> vkeys) {
            List<VerifierKey> out = new ArrayList<>();
            for (String v : vkeys) {
                switch (VerifierKey.parse(v)) {
                    case Parsed.Ok<VerifierKey> ok -> out.add(ok.value());
                    case Parsed.Refused<VerifierKey> r -> throw new IllegalArgumentException("bad key: " + r.reason());
                }
            }
            return out;
        }

        private static TrustList verifiedList(FromTrustList files) throws Exception {
            TrustAnchor anchor = TrustAnchor.read(files.anchor);
            Verdict<TrustList> verdict = new TrustListVerifier(anchor.issuer(), anchor.keys(), Clock.systemUTC())
                    .verify(Files.readString(files.trustList, StandardCharsets.US_ASCII).strip(), Optional.empty());
            if (verdict instanceof Verdict.Rejected<TrustList>) {
                throw new IllegalArgumentException(files.trustList + " refused: " + verdict.codes());
            }
            return ((Verdict.Accepted<TrustList>) verdict).value();
        }

        // Only chooses whose keys to take from the trust list: an export claiming another origin fails its checks.
        private static String originNode(Path dir) throws Exception {
            Path first = dir.resolve("checkpoints").resolve("000001.note");
            String origin = Files.isRegularFile(first)
                    ? Files.readString(first, StandardCharsets.UTF_8).lines().findFirst().orElse("") : "";
            if (!origin.startsWith(LogKeys.ORIGIN_PREFIX)) {
                throw new IllegalArgumentException("cannot tell whose log " + dir + " is; name it with --node");
            }
            return origin.substring(LogKeys.ORIGIN_PREFIX.length());
        }
    }
}
