// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.DemoData;

class PolicyExplainCommandTest {
    @TempDir
    Path dir;

    private String lifeline(String... args) {
        StringWriter out = new StringWriter();
        var cl = LifelineCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        assertThat(cl.execute(args)).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void explain_namesEveryFieldAndTheRuleThatDecidedIt() throws Exception {
        NodeSettings host = NodeSettings.defaults("host", 0).withDataDir(dir.resolve("host"));
        host.write();
        DemoData.load(host, "h", 5, true);
        java.nio.file.Files.copy(Path.of("../consent/src/main/resources/org/lifeline/consent/default-policy.ttl"),
                host.policyDir().resolve("agreements.ttl"));

        String toOrigin = lifeline("policy", "explain", "--dir", host.dataDir().toString(), "--record", "person/h-story-1",
                "--as", "consular-services", "--purpose", "family-tracing", "--recipient", "origin", "--authority-of", "XA",
                "--agreement", "https://w3id.org/lifeline/demo/agreement/origin-host-consular");
        assertThat(toOrigin).contains("PARTIAL").contains("givenName").contains("telephone").contains("consent.field-not-covered");

        String toEnforcement = lifeline("policy", "explain", "--dir", host.dataDir().toString(), "--record",
                "person/h-story-1", "--as", "immigration-enforcement", "--purpose", "family-tracing", "--recipient", "enf");
        assertThat(toEnforcement).contains("WITHHELD").contains("firewall");
        assertThat(toEnforcement).doesNotContain("Muhammad").doesNotContain("+9990001111");
    }
}
