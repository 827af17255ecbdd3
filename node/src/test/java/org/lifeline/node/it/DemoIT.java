// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.demo.LocalFederation;

/**
 * The README's demo command, run as a real process: three node processes start with one trust list, answer health,
 * play the scenario over mutual TLS (origin finds its national at host, without the field his consent keeps back),
 * and stop.
 */
class DemoIT {
    @TempDir
    Path dir;

    @Test
    void demo_startsThreeNodesThatServeAndThenStops() throws Exception {
        Path log = dir.resolve("demo.log");
        Process demo = new ProcessBuilder(LocalFederation.lifelineCommand("demo", "--dir", dir.resolve("demo").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(demo.waitFor(4, TimeUnit.MINUTES)).as("demo finished in time").isTrue();
        String out = Files.readString(log);
        assertThat(demo.exitValue()).as(out).isZero();
        for (String node : new String[] {"origin", "host", "io"}) {
            assertThat(out).containsPattern("(?m)^\\s+" + node + "\\s+http://127\\.0\\.0\\.1:\\d+\\s+https://127\\.0\\.0\\.1:\\d+\\s+\\d+");
            assertThat(dir.resolve("demo").resolve(node).resolve("store")).isDirectory();
        }
        assertThat(out).containsPattern("origin saw, per peer: \\{host=\\d+\\} released record");
        assertThat(out).contains("match at host: record h-story-1").contains("withhold telephone");
        assertThat(out).contains("immigration status fields received: 0");
        assertThat(out).containsPattern("(?m)^\\s+host\\s+[1-9]\\d* entries, root ");
        assertThat(out).contains("nodes stopped");
        // each node wrote its own run.json with its own port before answering health
        assertThat(Files.readString(dir.resolve("demo/origin/run.json"))).isNotEqualTo(Files.readString(dir.resolve("demo/host/run.json")));
    }
}
