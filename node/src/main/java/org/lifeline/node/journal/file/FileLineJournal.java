// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.journal.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.node.journal.LineJournal;

/**
 * A {@link LineJournal} in one UTF-8 file. Each append writes the line and its LF in one call and forces the data to
 * disk ({@code FileChannel.force(false)}: file metadata other than size is not needed to read it back) before
 * returning. On open, bytes after the last LF are a line torn by a crash, never acknowledged: they are cut off, so
 * the next append starts on a clean line. Thread-safe by one lock; an fsync dominates the cost of an append.
 */
public final class FileLineJournal implements LineJournal {
    private final Path file;
    private final FileChannel channel;
    private final List<String> lines;
    private boolean broken;

    private FileLineJournal(Path file, FileChannel channel, List<String> lines) {
        this.file = file;
        this.channel = channel;
        this.lines = lines;
    }

    /** Opens or creates the journal, dropping a torn last line. */
    public static FileLineJournal open(Path file) throws IOException {
        byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        int end = lastLineFeed(bytes) + 1;
        List<String> complete = new ArrayList<>();
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                complete.add(line);
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (end < bytes.length) {
            channel.truncate(end);
            channel.force(true);
        }
        channel.position(end);
        return new FileLineJournal(file, channel, complete);
    }

    private static int lastLineFeed(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized void append(String line) {
        LineJournal.requireOneLine(line);
        if (broken) {
            throw new IllegalStateException("journal " + file + " failed earlier; reopen it to cut a torn line");
        }
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            broken = true; // a half-written line may follow; only a reopen (which cuts it) may append again
            throw new UncheckedIOException("journal " + file + " cannot be written", e);
        }
        lines.add(line);
    }

    @Override
    public synchronized List<String> readAll() {
        return List.copyOf(lines);
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("journal " + file + " cannot be closed", e);
        }
    }
}
