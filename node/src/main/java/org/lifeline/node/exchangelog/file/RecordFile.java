// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An append-only file of framed records: an 8-byte magic header, then per record {@code u32 length || payload ||
 * u32 CRC32C(length || payload)}, big-endian. Opening scans from a trusted offset to the end and truncates at the
 * first frame that is incomplete or fails its CRC (a torn or corrupt tail), reporting the bytes dropped.
 */
final class RecordFile implements AutoCloseable {
    static final int OVERHEAD = 8;
    static final int MAX_RECORD = 1 << 20;

    private final FileChannel channel;
    private final String name;
    private volatile long end;

    /** A scan result: offsets of the valid frames found and the bytes cut off after them. */
    record Scan(List<Long> offsets, long droppedBytes) {
    }

    private RecordFile(FileChannel channel, String name, long end) {
        this.channel = channel;
        this.name = name;
        this.end = end;
    }

    /** Opens or creates the file and checks its magic; call {@link #scanAndRepair} before appending. */
    static RecordFile open(Path path, byte[] magic) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (ch.size() < magic.length) {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(magic), 0);
            ch.force(true);
        } else {
            byte[] header = readFully(ch, 0, magic.length);
            if (!Arrays.equals(header, magic)) {
                ch.close();
                throw new IOException(path.getFileName() + ": not a " + new String(magic, 0, 6) + " file");
            }
        }
        return new RecordFile(ch, path.getFileName().toString(), ch.size());
    }

    long end() {
        return end;
    }

    /** Validates frames from {@code from} to the end of the file and truncates the first bad one and all after it. */
    Scan scanAndRepair(long from) throws IOException {
        List<Long> offsets = new ArrayList<>();
        long pos = from;
        long fileSize = channel.size();
        while (pos < fileSize) {
            int length = frameLength(pos, fileSize);
            if (length < 0) {
                break;
            }
            offsets.add(pos);
            pos += OVERHEAD + length;
        }
        long dropped = fileSize - pos;
        if (dropped > 0) {
            channel.truncate(pos);
            channel.force(true);
        }
        end = pos;
        return new Scan(offsets, dropped);
    }

    // Payload length of a valid frame at pos, or -1 if the frame is incomplete, oversized or fails its CRC.
    private int frameLength(long pos, long fileSize) throws IOException {
        if (fileSize - pos < OVERHEAD) {
            return -1;
        }
        int length = ByteBuffer.wrap(readFully(channel, pos, 4)).getInt();
        if (length < 0 || length > MAX_RECORD || fileSize - pos < OVERHEAD + (long) length) {
            return -1;
        }
        byte[] frame = readFully(channel, pos, OVERHEAD + length);
        return crcMatches(frame) ? length : -1;
    }

    /** Appends the frames in one write and syncs data (fdatasync on Linux); returns each frame's offset. */
    long[] append(List<byte[]> payloads, boolean sync) throws IOException {
        int total = payloads.stream().mapToInt(p -> OVERHEAD + p.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total);
        long[] offsets = new long[payloads.size()];
        long pos = end;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = pos;
            pos += frame(buf, payloads.get(i));
        }
        buf.flip();
        writeFully(buf, end);
        if (sync) {
            channel.force(false);
        }
        end = pos;
        return offsets;
    }

    /** Reads the payload at {@code offset}, re-checking its CRC (bit rot after open is reported, not returned). */
    byte[] read(long offset) throws IOException {
        int length = ByteBuffer.wrap(readFully(channel, offset, 4)).getInt();
        if (length < 0 || length > MAX_RECORD || offset + OVERHEAD + length > end) {
            throw new IOException(name + ": bad frame length at offset " + offset);
        }
        byte[] frame = readFully(channel, offset, OVERHEAD + length);
        if (!crcMatches(frame)) {
            throw new IOException(name + ": CRC mismatch at offset " + offset);
        }
        return Arrays.copyOfRange(frame, 4, 4 + length);
    }

    void truncate(long size) throws IOException {
        channel.truncate(size);
        end = size;
    }

    long sizeOnDisk() throws IOException {
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static int frame(ByteBuffer buf, byte[] payload) {
        int start = buf.position();
        buf.putInt(payload.length).put(payload);
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), start, 4 + payload.length);
        buf.putInt((int) crc.getValue());
        return OVERHEAD + payload.length;
    }

    private static boolean crcMatches(byte[] frame) {
        CRC32C crc = new CRC32C();
        crc.update(frame, 0, frame.length - 4);
        return (int) crc.getValue() == ByteBuffer.wrap(frame, frame.length - 4, 4).getInt();
    }

    private void writeFully(ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
    }

    static byte[] readFully(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new IOException("unexpected end of file at " + (position + buf.position()));
            }
        }
        return buf.array();
    }
}
