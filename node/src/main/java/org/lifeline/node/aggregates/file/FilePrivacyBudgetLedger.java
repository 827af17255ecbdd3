// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.aggregates.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.CRC32C;
import org.lifeline.node.aggregates.BudgetAccounts;
import org.lifeline.node.aggregates.BudgetGrant;
import org.lifeline.node.aggregates.BudgetOutcome;
import org.lifeline.node.aggregates.BudgetPeriod;
import org.lifeline.node.aggregates.Epsilon;
import org.lifeline.node.aggregates.PrivacyBudgetLedger;
import org.lifeline.node.aggregates.Refusal;

/**
 * {@link PrivacyBudgetLedger} kept in one append-only file. Each spend is one line
 * {@code v1 <recipient> <period start, epoch s> <period length, s> <ε millionths> <CRC-32C of the preceding text>}
 * written and fsync'ed before the grant is returned. On open the file is replayed; a last line without its newline is
 * a write cut short by a crash (its grant was never returned, so no answer went out) and is cut off; any other
 * unreadable line means corruption, and the ledger refuses to open rather than forget spends. After a failed write,
 * the ledger refuses every spend until it is reopened. The file is locked against a second process.
 */
public final class FilePrivacyBudgetLedger implements PrivacyBudgetLedger, AutoCloseable {
    private static final String VERSION = "v1";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final BudgetAccounts accounts = new BudgetAccounts();
    private boolean broken;

    private FilePrivacyBudgetLedger(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens the ledger at {@code file}, creating it if absent, and replays it. */
    public static FilePrivacyBudgetLedger open(Path file) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("budget ledger " + file + " is already open (another process or ledger holds its lock)");
        }
        FilePrivacyBudgetLedger ledger = new FilePrivacyBudgetLedger(file, channel, lock);
        try {
            ledger.replay();
            if (created) {
                syncDirectory(file.toAbsolutePath().getParent());
            }
        } catch (IOException | RuntimeException e) {
            ledger.close();
            throw e;
        }
        return ledger;
    }

    private void replay() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        if (end < text.length()) {
            channel.truncate(text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
            channel.force(true);
        }
        String[] lines = text.substring(0, end).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                replayLine(lines[i], i + 1);
            }
        }
        channel.position(channel.size());
    }

    private void replayLine(String line, int number) throws IOException {
        String[] f = line.split(" ");
        if (f.length != 6 || !VERSION.equals(f[0]) || !crc(line.substring(0, line.lastIndexOf(' '))).equals(f[5])) {
            throw new IOException("budget ledger " + file + " line " + number + " is corrupt; refusing to open");
        }
        try {
            BudgetPeriod period = new BudgetPeriod(Instant.ofEpochSecond(Long.parseLong(f[2])),
                    Duration.ofSeconds(Long.parseLong(f[3])));
            accounts.record(f[1], period, Long.parseLong(f[4]));
        } catch (RuntimeException e) {
            throw new IOException("budget ledger " + file + " line " + number + " is corrupt; refusing to open", e);
        }
    }

    @Override
    public synchronized BudgetOutcome spend(String recipient, Epsilon epsilon, Epsilon budget, BudgetPeriod period) {
        if (broken) {
            return new Refusal(Refusal.LEDGER, "budget ledger unavailable after a failed write; nothing released");
        }
        BudgetOutcome outcome = accounts.check(recipient, epsilon, budget, period);
        if (outcome instanceof BudgetGrant) {
            try {
                append(recipient, period, epsilon.micros());
            } catch (IOException | UncheckedIOException e) {
                broken = true;
                return new Refusal(Refusal.LEDGER, "budget spend could not be made durable; nothing released");
            }
            accounts.record(recipient, period, epsilon.micros());
        }
        return outcome;
    }

    private void append(String recipient, BudgetPeriod period, long micros) throws IOException {
        String body = String.join(" ", VERSION, recipient, Long.toString(period.start().getEpochSecond()),
                Long.toString(period.length().toSeconds()), Long.toString(micros));
        ByteBuffer bytes = ByteBuffer.wrap((body + " " + crc(body) + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        // force(true): appending changes the file length, which is metadata
        channel.force(true);
    }

    @Override
    public synchronized long spentMicros(String recipient, BudgetPeriod period) {
        return accounts.spentMicros(recipient, period);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    private static String crc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Makes the new file's directory entry durable too (POSIX: fsync the directory). */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not supported on every platform (e.g. Windows); the file's own fsync still holds its content
        }
    }
}
