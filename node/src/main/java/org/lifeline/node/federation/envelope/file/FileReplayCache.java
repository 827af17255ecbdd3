// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope.file;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifeline.node.federation.envelope.ReplayCache;

/**
 * A {@link ReplayCache} kept in memory and in an append-only file of lines {@code <keepUntil epoch s> <key>}, where
 * key = base64url(SHA-256(issuer LF jti)): fixed length, no separators to escape. Every accepted pair is appended and
 * forced to disk before {@link #markIfAbsent} returns, so neither a restart nor a crash reopens the replay window.
 * On open, expired and torn (half-written) lines are dropped; the file is rewritten (temp file + atomic rename) when
 * it holds more than twice as many lines as live entries (checked at amortised intervals). Thread-safe by a single lock: one append is far cheaper
 * than the signature check that precedes it.
 */
public final class FileReplayCache implements ReplayCache, Closeable {
    private static final int MIN_LINES_BEFORE_COMPACTION = 1024;

    private final Path file;
    private final int minLinesBeforeCompaction;
    private final Clock clock;
    private final Map<String, Instant> live = new HashMap<>();
    private FileChannel channel;
    private long linesInFile;
    private long nextCompactionCheck;

    private FileReplayCache(Path file, Clock clock, int minLinesBeforeCompaction) {
        this.file = file;
        this.clock = clock;
        this.minLinesBeforeCompaction = minLinesBeforeCompaction;
        this.nextCompactionCheck = minLinesBeforeCompaction;
    }

    public static FileReplayCache open(Path file, Clock clock) throws IOException {
        return open(file, clock, MIN_LINES_BEFORE_COMPACTION);
    }

    static FileReplayCache open(Path file, Clock clock, int minLinesBeforeCompaction) throws IOException {
        var cache = new FileReplayCache(file, clock, minLinesBeforeCompaction);
        cache.load();
        cache.rewrite();
        return cache;
    }

    @Override
    public synchronized boolean contains(String issuer, String jti) {
        Instant until = live.get(key(issuer, jti));
        return until != null && clock.instant().isBefore(until);
    }

    @Override
    public synchronized boolean markIfAbsent(String issuer, String jti, Instant keepUntil) {
        String key = key(issuer, jti);
        Instant now = clock.instant();
        Instant until = live.get(key);
        if (until != null && now.isBefore(until)) {
            return false;
        }
        try {
            append(key, keepUntil);
            live.put(key, keepUntil);
            if (linesInFile >= nextCompactionCheck) {
                compact(now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("replay cache " + file + " cannot be written", e);
        }
        return true;
    }

    /** Drops expired entries; rewrites the file when most lines are dead. Amortised O(1) per append. */
    private void compact(Instant now) throws IOException {
        live.values().removeIf(until -> !now.isBefore(until));
        if (linesInFile > 2L * live.size()) {
            rewrite();
        }
        nextCompactionCheck = Math.max(minLinesBeforeCompaction, linesInFile + live.size());
    }

    /** Live entries, for tests and metrics. */
    public synchronized int size() {
        Instant now = clock.instant();
        return (int) live.values().stream().filter(now::isBefore).count();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Instant now = clock.instant();
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            int space = line.indexOf(' ');
            if (space <= 0 || line.length() - space - 1 != 43) {
                continue; // a torn last line from a crash, or garbage: never a reason to accept anything
            }
            try {
                Instant until = Instant.ofEpochSecond(Long.parseLong(line.substring(0, space)));
                if (now.isBefore(until)) {
                    live.merge(line.substring(space + 1), until, (a, b) -> a.isAfter(b) ? a : b);
                }
            } catch (NumberFormatException e) {
                // same as above: skip the line
            }
        }
    }

    private void rewrite() throws IOException {
        if (channel != null) {
            channel.close();
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        List<String> lines = new ArrayList<>(live.size());
        live.forEach((key, until) -> lines.add(line(key, until)));
        Files.write(temp, String.join("", lines).getBytes(StandardCharsets.US_ASCII));
        try (var tempChannel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            tempChannel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        linesInFile = lines.size();
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private void append(String key, Instant keepUntil) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(line(key, keepUntil).getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
        linesInFile++;
    }

    private static String line(String key, Instant until) {
        // round up so a restored entry never expires earlier than the one it was written from
        long seconds = until.getEpochSecond() + (until.getNano() > 0 ? 1 : 0);
        return seconds + " " + key + "\n";
    }

    static String key(String issuer, String jti) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + jti).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
