// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.exchangelog.Entries;

/**
 * A real SIGKILL: a child JVM appends and reports acknowledged batches; we kill it while it is appending, reopen the
 * directory and check every acknowledged entry is there, byte for byte. (A process kill keeps the page cache, so this
 * checks our write/ack ordering and tail repair; power loss additionally relies on the fdatasync in append.)
 */
class KillNineTest {

    @TempDir
    Path dir;

    @Test
    void killMinus9_whileAppending_keepsEveryAcknowledgedEntry() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppendChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        long acknowledged = 0;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (int acks = 0; acks < 200; acks++) {
                String line = out.readLine();
                assertThat(line).as("child output").isNotNull().startsWith("ACK ");
                String[] parts = line.split(" ");
                acknowledged = Long.parseLong(parts[1]) + Long.parseLong(parts[2]);
            }
            child.destroyForcibly();
            child.waitFor();
        }
        try (var log = FileExchangeLog.open(dir)) {
            assertThat(log.size()).isGreaterThanOrEqualTo(acknowledged);
            for (long i = 0; i < log.size(); i++) {
                assertThat(log.entry(i)).isEqualTo(Entries.entry(i));
            }
        }
    }
}
