// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.lifeline.consent.rdf.PolicyLoader;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.federation.Member;
import org.lifeline.node.federation.TrustAnchor;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.TrustListSigner;
import org.lifeline.node.keys.KeyFiles;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.wiring.NodeKeys;

/**
 * Sets up a local federation the way the trust-list ceremony does (docs/operator-guide.md), in one go: an issuer key,
 * each node's folder, keys and free peer port, one signed trust list naming them all, the anchor and list installed
 * in every node, and the sample agreements as each node's policy. Used by the demo and the federation tests.
 */
public final class FederationSetup {
    public static final String ISSUER = "federation";

    private FederationSetup() {
    }

    /** One member to create: node name, organisation, the states it is an authority of, and the roles it may claim. */
    public record NodeSpec(String name, String organisation, Set<String> authorityOf, Set<String> roles) {
    }

    /** Creates (or refreshes) every node folder under {@code base} and returns their settings, in spec order. */
    public static List<NodeSettings> create(Path base, List<NodeSpec> specs) throws IOException {
        NodeIdentity issuer = issuer(base.resolve("federation-issuer"));
        Instant now = Instant.now();
        TrustList list = TrustList.create(ISSUER, now, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(365)));
        List<NodeSettings> nodes = new java.util.ArrayList<>();
        for (NodeSpec spec : specs) {
            NodeSettings s = node(base.resolve(spec.name()), spec.name());
            NodeIdentity id = NodeKeys.read(s);
            list = list.add(Member.of(id, spec.organisation(), spec.authorityOf(), spec.roles(), s.peerEndpoint(),
                    now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(365))), now);
            nodes.add(s);
        }
        String signed = TrustListSigner.sign(list, issuer);
        for (NodeSettings s : nodes) {
            install(s, TrustAnchor.of(issuer, now.minus(Duration.ofDays(1))), signed);
            installSamplePolicy(s);
        }
        return nodes;
    }

    /** Writes the anchor and signed list into a node's federation folder (atomically replacing the list). */
    public static void install(NodeSettings s, TrustAnchor anchor, String signedList) throws IOException {
        Files.createDirectories(s.federationDir());
        anchor.write(s.federationDir().resolve(TrustAnchor.FILE));
        Path tmp = s.federationDir().resolve("trust-list.jws.tmp");
        Files.writeString(tmp, signedList + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, s.federationDir().resolve("trust-list.jws"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static NodeIdentity issuer(Path dir) throws IOException {
        if (Files.exists(dir.resolve(KeyFiles.PRIVATE_KEY))) {
            return KeyFiles.read(dir);
        }
        NodeIdentity issuer = NodeIdentity.generate(ISSUER, Instant.now(), Duration.ofDays(3650), new SecureRandom());
        KeyFiles.create(dir, issuer);
        return issuer;
    }

    /** A node folder with keys, on a free peer port (re-picked on every call, as the list is re-signed anyway). */
    private static NodeSettings node(Path folder, String name) throws IOException {
        NodeSettings s = Files.exists(folder.resolve(NodeSettings.FILE)) ? NodeSettings.read(folder)
                : NodeSettings.defaults(name, 0).withDataDir(folder);
        s = s.withPorts(0, freePort());
        s.write();
        if (!Files.exists(s.keysDir().resolve(KeyFiles.PRIVATE_KEY))) {
            NodeKeys.create(s);
        }
        return s;
    }

    private static void installSamplePolicy(NodeSettings s) throws IOException {
        Files.createDirectories(s.policyDir());
        try (InputStream in = PolicyLoader.class.getResourceAsStream(PolicyLoader.DEFAULT_POLICY)) {
            Files.copy(in, s.policyDir().resolve("agreements.ttl"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
