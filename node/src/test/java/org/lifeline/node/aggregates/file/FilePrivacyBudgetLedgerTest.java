// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.node.aggregates.BudgetGrant;
import org.lifeline.node.aggregates.BudgetOutcome;
import org.lifeline.node.aggregates.BudgetPeriod;
import org.lifeline.node.aggregates.Epsilon;
import org.lifeline.node.aggregates.Refusal;

class FilePrivacyBudgetLedgerTest {
    private static final BudgetPeriod TODAY = BudgetPeriod.containing(Instant.parse("2026-03-01T10:00:00Z"),
            Duration.ofDays(1));
    private static final Epsilon HALF = Epsilon.of(0.5);
    private static final Epsilon BUDGET = Epsilon.of(1);

    @TempDir
    Path dir;

    @Test
    void spends_surviveReopen_andStillCountAgainstTheBudget() throws IOException {
        Path file = dir.resolve("budget.ledger");
        try (var ledger = FilePrivacyBudgetLedger.open(file)) {
            assertThat(ledger.spend("iom", HALF, BUDGET, TODAY)).isInstanceOf(BudgetGrant.class);
            assertThat(ledger.spend("unhcr", Epsilon.of(0.25), BUDGET, TODAY)).isInstanceOf(BudgetGrant.class);
        }
        try (var reopened = FilePrivacyBudgetLedger.open(file)) {
            assertThat(reopened.spentMicros("iom", TODAY)).isEqualTo(500_000);
            assertThat(reopened.spentMicros("unhcr", TODAY)).isEqualTo(250_000);
            assertThat(reopened.spend("iom", HALF, BUDGET, TODAY)).isInstanceOf(BudgetGrant.class);
            assertThat(reopened.spend("iom", HALF, BUDGET, TODAY)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.reason()).startsWith("budget exhausted: spent 1 of 1 for period"));
        }
        try (var again = FilePrivacyBudgetLedger.open(file)) {
            assertThat(again.spentMicros("iom", TODAY)).as("the refused spend left no trace").isEqualTo(1_000_000);
        }
    }

    @Test
    void open_lineCutShortByACrash_isDroppedAndTheLedgerStaysUsable() throws IOException {
        Path file = dir.resolve("budget.ledger");
        try (var ledger = FilePrivacyBudgetLedger.open(file)) {
            ledger.spend("iom", HALF, BUDGET, TODAY);
        }
        Files.writeString(file, "v1 iom 1772323200 86400 2500", StandardOpenOption.APPEND);
        try (var reopened = FilePrivacyBudgetLedger.open(file)) {
            assertThat(reopened.spentMicros("iom", TODAY)).isEqualTo(500_000);
            reopened.spend("iom", Epsilon.of(0.1), BUDGET, TODAY);
        }
        try (var again = FilePrivacyBudgetLedger.open(file)) {
            assertThat(again.spentMicros("iom", TODAY)).isEqualTo(600_000);
        }
    }

    @Test
    void open_editedOrCorruptLine_refusesToOpenRatherThanForgetSpends() throws IOException {
        Path file = dir.resolve("budget.ledger");
        try (var ledger = FilePrivacyBudgetLedger.open(file)) {
            ledger.spend("iom", HALF, BUDGET, TODAY);
            ledger.spend("iom", HALF, BUDGET, TODAY);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // lowering a recorded spend without fixing its checksum
        Files.writeString(file, text.replaceFirst(" 500000 ", " 5 "), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FilePrivacyBudgetLedger.open(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1 is corrupt");
    }

    @Test
    void open_secondLedgerOnTheSameFile_isRefused() throws IOException {
        Path file = dir.resolve("budget.ledger");
        try (var ledger = FilePrivacyBudgetLedger.open(file)) {
            assertThatThrownBy(() -> FilePrivacyBudgetLedger.open(file)).isInstanceOf(IOException.class)
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void spend_concurrentCallers_neverOverspend() throws Exception {
        Path file = dir.resolve("budget.ledger");
        List<BudgetOutcome> outcomes = new ArrayList<>();
        try (var ledger = FilePrivacyBudgetLedger.open(file); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<BudgetOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> ledger.spend("iom", Epsilon.of(0.1), BUDGET, TODAY)));
            }
            for (Future<BudgetOutcome> f : futures) {
                outcomes.add(f.get());
            }
        }
        assertThat(outcomes).filteredOn(o -> o instanceof BudgetGrant).hasSize(10);
        try (var reopened = FilePrivacyBudgetLedger.open(file)) {
            assertThat(reopened.spentMicros("iom", TODAY)).isEqualTo(1_000_000);
        }
    }
}
