// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.journal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLineJournalTest {
    @TempDir
    Path dir;

    @Test
    void linesSurviveReopen_inOrder() throws IOException {
        Path file = dir.resolve("j.log");
        try (var j = FileLineJournal.open(file)) {
            j.append("one");
            j.append("zwei – ٣");
        }
        try (var j = FileLineJournal.open(file)) {
            assertThat(j.readAll()).containsExactly("one", "zwei – ٣");
        }
    }

    @Test
    void tornTail_isDroppedAndCut_soTheNextAppendStartsClean() throws IOException {
        Path file = dir.resolve("j.log");
        Files.writeString(file, "one\ntwo\nthr");
        try (var j = FileLineJournal.open(file)) {
            assertThat(j.readAll()).containsExactly("one", "two");
            j.append("three");
        }
        assertThat(Files.readString(file)).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void lineBreaksInsideALine_areRefused() throws IOException {
        try (var j = FileLineJournal.open(dir.resolve("j.log"))) {
            assertThatThrownBy(() -> j.append("a\nb")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> j.append("")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Files.size(dir.resolve("j.log"))).isZero();
    }
}
