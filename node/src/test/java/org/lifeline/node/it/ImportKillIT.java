// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.demo.LocalFederation;
import org.lifeline.node.sample.SyntheticPopulation;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.tdb.TdbRecordStore;

/** A real {@code lifeline import} process killed with SIGKILL mid-file, then re-run: exactly the file's records remain. */
class ImportKillIT {
    private static final int ROWS = 20_000;
    private static final Pattern PROGRESS = Pattern.compile("import .*: (\\d+)%");

    @TempDir
    Path dir;

    @Test
    void killNineDuringImport_thenRerun_leavesExactlyTheFilesRecordsOnce() throws Exception {
        Path file = dir.resolve("people.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticPopulation(42).writeCsv(w, "k", ROWS);
        }
        Path node = dir.resolve("host");
        NodeSettings.defaults("host", 0).withDataDir(node).write();

        Process first = new ProcessBuilder(LocalFederation.lifelineCommand("import", "--dir", node.toString(), file.toString()))
                .redirectErrorStream(true).start();
        boolean killedMidway = false;
        try (var out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                var m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 20 && Integer.parseInt(m.group(1)) < 100) {
                    first.destroyForcibly();
                    killedMidway = true;
                    break;
                }
            }
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killedMidway).as("the import must be killed before it finished").isTrue();

        long partial;
        try (TdbRecordStore store = TdbRecordStore.open(node.resolve("store"))) {
            partial = total(store);
        }
        assertThat(partial).isGreaterThan(0).isLessThan(ROWS);

        Process second = new ProcessBuilder(LocalFederation.lifelineCommand("import", "--dir", node.toString(), file.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("rerun.log").toFile()).start();
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(dir.resolve("rerun.log"))).isZero();
        assertThat(Files.readString(dir.resolve("rerun.log"))).contains(partial + " unchanged");

        try (TdbRecordStore store = TdbRecordStore.open(node.resolve("store"))) {
            assertThat(total(store)).isEqualTo(ROWS);
            long distinct = store.list(RecordType.PERSON, 0, ROWS).stream().map(r -> r.ref().recordId()).distinct().count();
            assertThat(distinct).isEqualTo(store.count(RecordType.PERSON));
        }
    }

    private static long total(TdbRecordStore store) {
        return store.count(RecordType.PERSON) + store.count(RecordType.REPORT) + store.count(RecordType.REGISTRATION);
    }
}
