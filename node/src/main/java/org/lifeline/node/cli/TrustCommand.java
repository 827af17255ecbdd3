// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.FederationSetup;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustAnchor;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.TrustListJson;
import org.lifeline.node.federation.TrustListSigner;
import org.lifeline.node.federation.TrustListText;
import org.lifeline.node.keys.KeyFiles;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.wiring.NodeKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The trust-list ceremony (docs/operator-guide.md): the federation's issuer keeps a working list as JSON, adds and
 * revokes members, signs it, and each node installs the anchor (once) and every signed list.
 */
@Command(name = "trust", description = "Create, edit, sign, show and install the federation trust list.",
        subcommands = {TrustCommand.Issuer.class, TrustCommand.Create.class, TrustCommand.Add.class,
            TrustCommand.Revoke.class, TrustCommand.Rotate.class, TrustCommand.Sign.class, TrustCommand.Show.class, TrustCommand.Install.class})
final class TrustCommand {
    private TrustCommand() {
    }

    static TrustList readList(Path json) throws Exception {
        return TrustListJson.decode(Files.readString(json, StandardCharsets.UTF_8));
    }

    static void writeList(Path json, TrustList list) throws Exception {
        Files.writeString(json, TrustListJson.encode(list) + "\n", StandardCharsets.UTF_8);
    }

    @Command(name = "issuer", description = "Create the issuer's key pair and its anchor file (issuer.json) for the nodes.")
    static final class Issuer implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--dir", required = true, description = "issuer folder (keep it offline)")
        Path dir;
        @Option(names = "--name", defaultValue = FederationSetup.ISSUER, description = "issuer id (default: ${DEFAULT-VALUE})")
        String name;

        @Override
        public Integer call() throws Exception {
            NodeIdentity issuer = NodeIdentity.generate(name, Instant.now(), Duration.ofDays(3650), new SecureRandom());
            KeyFiles.create(dir, issuer);
            TrustAnchor.of(issuer, Instant.now()).write(dir.resolve(TrustAnchor.FILE));
            spec.commandLine().getOut().printf("issuer %s key %s; give %s to every node%n", name, issuer.kid(),
                    dir.resolve(TrustAnchor.FILE));
            return 0;
        }
    }

    @Command(name = "create", description = "Start an empty working list.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--issuer", required = true, description = "issuer folder")
        Path issuer;
        @Option(names = "--out", required = true)
        Path out;
        @Option(names = "--valid-days", defaultValue = "365")
        int validDays;

        @Override
        public Integer call() throws Exception {
            Instant now = Instant.now();
            writeList(out, TrustList.create(KeyFiles.read(issuer).nodeId(), now, now, now.plus(Duration.ofDays(validDays))));
            return 0;
        }
    }

    @Command(name = "add", description = "Add a node (its certificate, key and peer endpoint are read from its folder).")
    static final class Add implements Callable<Integer> {
        @Option(names = "--list", required = true)
        Path list;
        @Option(names = "--node", required = true, description = "the member's node folder")
        Path node;
        @Option(names = "--organisation", required = true)
        String organisation;
        @Option(names = "--role", required = true, description = "recipient role slug it may claim (repeatable)")
        List<String> roles;
        @Option(names = "--authority-of", description = "ISO country code of the state it is an authority of (repeatable)")
        List<String> authorityOf = List.of();
        @Option(names = "--endpoint", description = "peer URL (default: from the node's node.yml)")
        URI endpoint;

        @Override
        public Integer call() throws Exception {
            NodeSettings s = NodeSettings.read(node);
            TrustList current = readList(list);
            Instant now = Instant.now();
            writeList(list, current.add(Member.of(NodeKeys.read(s), organisation, Set.copyOf(authorityOf), Set.copyOf(roles),
                    endpoint != null ? endpoint : s.peerEndpoint(), now, current.validUntil()), now));
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke a member (it stays listed, marked revoked).")
    static final class Revoke implements Callable<Integer> {
        @Option(names = "--list", required = true)
        Path list;
        @Option(names = "--node-id", required = true)
        String nodeId;

        @Override
        public Integer call() throws Exception {
            writeList(list, readList(list).revoke(nodeId, Instant.now()));
            return 0;
        }
    }

    @Command(name = "rotate", description = "Publish a member's new key and certificate; its old key verifies until a date.")
    static final class Rotate implements Callable<Integer> {
        @Option(names = "--list", required = true)
        Path list;
        @Option(names = "--node", required = true, description = "the member's node folder, after `lifeline keys rotate`")
        Path node;
        @Option(names = "--old-valid-until", required = true, description = "instant until which the old key verifies, e.g. 2027-01-31T00:00:00Z")
        Instant oldUntil;

        @Override
        public Integer call() throws Exception {
            NodeSettings s = NodeSettings.read(node);
            NodeIdentity fresh = NodeKeys.read(s);
            TrustList current = readList(list);
            Member member = current.member(s.nodeId()).orElseThrow(() ->
                    new IllegalArgumentException("node " + s.nodeId() + " is not on the list"));
            Instant now = Instant.now();
            writeList(list, current.update(member.withRotatedKey(fresh.publicKey(), fresh.fingerprint(), now, oldUntil), now));
            return 0;
        }
    }

    @Command(name = "sign", description = "Sign the working list with the issuer key.")
    static final class Sign implements Callable<Integer> {
        @Option(names = "--issuer", required = true)
        Path issuer;
        @Option(names = "--list", required = true)
        Path list;
        @Option(names = "--out", required = true)
        Path out;

        @Override
        public Integer call() throws Exception {
            Files.writeString(out, TrustListSigner.sign(readList(list), KeyFiles.read(issuer)) + "\n", StandardCharsets.US_ASCII);
            return 0;
        }
    }

    @Command(name = "show", description = "Print a working list (.json) or a signed list's content (.jws, unverified).")
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            TrustList list = file.toString().endsWith(".jws")
                    ? TrustListJson.decode(com.nimbusds.jose.JWSObject.parse(text).getPayload().toString())
                    : TrustListJson.decode(text);
            PrintWriter out = spec.commandLine().getOut();
            out.print(TrustListText.render(list, Instant.now()));
            return 0;
        }
    }

    @Command(name = "install", description = "Install the anchor and a signed list into a node folder (verified by the node on use).")
    static final class Install implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "node folder")
        Path dir;
        @Option(names = "--anchor", required = true, description = "the issuer's issuer.json")
        Path anchor;
        @Option(names = "--list", required = true, description = "signed list (.jws)")
        Path list;

        @Override
        public Integer call() throws Exception {
            FederationSetup.install(NodeSettings.read(dir), TrustAnchor.read(anchor),
                    Files.readString(list, StandardCharsets.US_ASCII).strip());
            return 0;
        }
    }
}
