// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.lifeline.node.exchangelog.Hash;

/**
 * Derived index {@code leaves.idx}: one fixed 44-byte record per entry, {@code u64 frame offset || 32-byte leaf hash ||
 * u32 CRC32C(offset || hash)}. It lets a reopen skip reading and rehashing the entries. It is written after the
 * entries are synced and is never synced itself: whatever a crash loses or garbles here is detected by the CRC (or
 * non-increasing offsets) and rebuilt from the entries file.
 */
final class LeafIndex implements AutoCloseable {
    static final int RECORD = 8 + 32 + 4;
    private static final int READ_RECORDS = 1 << 14;

    private final FileChannel channel;

    /** Receives each valid record in order while loading. */
    interface Sink {
        void accept(long offset, byte[] leafHash);
    }

    private LeafIndex(FileChannel channel) {
        this.channel = channel;
    }

    static LeafIndex open(Path path) throws IOException {
        return new LeafIndex(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /** Feeds up to {@code limit} valid records to {@code sink}, stopping at the first bad one; returns the count. */
    long load(long limit, Sink sink) throws IOException {
        long count = 0;
        long lastOffset = -1;
        ByteBuffer buf = ByteBuffer.allocate(READ_RECORDS * RECORD);
        long pos = 0;
        while (channel.read(buf.clear(), pos) > 0) {
            buf.flip();
            long before = count;
            while (buf.remaining() >= RECORD && count < limit) {
                long offset = buf.getLong(buf.position());
                if (offset <= lastOffset || !crcMatches(buf)) {
                    return count;
                }
                byte[] hash = new byte[32];
                buf.get(buf.position() + 8, hash);
                sink.accept(offset, hash);
                buf.position(buf.position() + RECORD);
                lastOffset = offset;
                count++;
            }
            if (count == before || count == limit) {
                return count;
            }
            pos = count * RECORD;
        }
        return count;
    }

    void truncate(long records) throws IOException {
        channel.truncate(records * RECORD);
    }

    long sizeOnDisk() throws IOException {
        return channel.size();
    }

    void append(long firstRecord, long[] offsets, byte[][] leafHashes) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(offsets.length * RECORD);
        for (int i = 0; i < offsets.length; i++) {
            int start = buf.position();
            buf.putLong(offsets[i]).put(leafHashes[i]);
            CRC32C crc = new CRC32C();
            crc.update(buf.array(), start, 40);
            buf.putInt((int) crc.getValue());
        }
        buf.flip();
        long pos = firstRecord * RECORD;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static boolean crcMatches(ByteBuffer buf) {
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), buf.arrayOffset() + buf.position(), 40);
        return (int) crc.getValue() == buf.getInt(buf.position() + 40);
    }
}
