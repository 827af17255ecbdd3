// SPDX-License-Identifier: Apache-2.0
package org.lifeline.federationtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.cli.LifelineCommand;
import org.lifeline.node.demo.LocalFederation;

/** The trust-list ceremony with the CLI alone, as docs/operator-guide.md tells it, then a signed query across it. */
class TrustCeremonyTest {
    @TempDir
    Path dir;

    private String lifeline(String... args) {
        StringWriter out = new StringWriter();
        var cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int code = cl.execute(args);
        assertThat(code).as(String.join(" ", args) + "\n" + out).isZero();
        return out.toString();
    }

    @Test
    void issuerListsTwoNodes_signs_installs_andTheyQueryEachOther() throws Exception {
        String issuer = dir.resolve("issuer").toString();
        String list = dir.resolve("trust-list.json").toString();
        String signed = dir.resolve("trust-list.jws").toString();
        lifeline("trust", "issuer", "--dir", issuer);
        lifeline("init", "--name", "origin", "--dir", dir.resolve("origin").toString(), "--port", "0", "--peer-port", "0");
        lifeline("init", "--name", "host", "--dir", dir.resolve("host").toString(), "--port", "0", "--peer-port", "0");
        // peer ports must be known before listing: give each a free one in its node.yml
        for (String n : new String[] {"origin", "host"}) {
            NodeSettings s = NodeSettings.read(dir.resolve(n));
            try (var socket = new java.net.ServerSocket(0)) {
                s.withPorts(0, socket.getLocalPort()).write();
            }
        }
        lifeline("trust", "create", "--issuer", issuer, "--out", list);
        lifeline("trust", "add", "--list", list, "--node", dir.resolve("origin").toString(),
                "--organisation", "Ministry of Foreign Affairs of A", "--role", "consular-services", "--authority-of", "XA");
        lifeline("trust", "add", "--list", list, "--node", dir.resolve("host").toString(),
                "--organisation", "Civil Protection of H", "--role", "civil-protection", "--authority-of", "XH");
        lifeline("trust", "sign", "--issuer", issuer, "--list", list, "--out", signed);
        assertThat(lifeline("trust", "show", signed)).contains("origin").contains("host").contains("consular-services");
        for (String n : new String[] {"origin", "host"}) {
            lifeline("trust", "install", "--dir", dir.resolve(n).toString(), "--anchor",
                    Path.of(issuer).resolve("issuer.json").toString(), "--list", signed);
            Files.createDirectories(dir.resolve(n).resolve("policy"));
            Files.copy(Path.of("../consent/src/main/resources/org/lifeline/consent/default-policy.ttl"),
                    dir.resolve(n).resolve("policy/agreements.ttl"));
        }
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("origin", dir.resolve("origin"));
        folders.put("host", dir.resolve("host"));
        try (LocalFederation federation = LocalFederation.start(folders, Duration.ofSeconds(120))) {
            String answer = lifeline("query", "find-registrations", "--node", federation.node("origin").url().toString(),
                    "--nationality", "XA", "--purpose", "consular-assistance", "--legal-basis", "consent");
            assertThat(answer).contains("answered: [host]");
        }
        // rotation: the node makes a new key, the issuer publishes it beside the old one (valid until a set date)
        String oldKid = lifeline("keys", "show", "--dir", dir.resolve("origin").toString()).split(" ")[3];
        String rotated = lifeline("keys", "rotate", "--dir", dir.resolve("origin").toString());
        String newKid = rotated.split(" ")[2];
        assertThat(newKid).isNotEqualTo(oldKid);
        lifeline("trust", "rotate", "--list", list, "--node", dir.resolve("origin").toString(),
                "--old-valid-until", java.time.Instant.now().plusSeconds(86_400).toString());
        assertThat(lifeline("trust", "show", list)).contains(oldKid).contains(newKid);
    }
}
