// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.lifeline.node.exchangelog.ConsistencyProof;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.ExchangeLog;
import org.lifeline.node.exchangelog.Hash;
import org.lifeline.node.exchangelog.InclusionProof;
import org.lifeline.node.exchangelog.MerkleTree;
import org.lifeline.node.exchangelog.Rfc9162;
import org.lifeline.node.exchangelog.SignedCheckpoint;

/**
 * An exchange log in one directory: {@code entries.seg} (CRC-framed canonical entries, the source of truth),
 * {@code leaves.idx} (derived leaf hashes, see {@link LeafIndex}) and {@code checkpoints.seg} (signed notes).
 *
 * <p>Durability: {@link #append} writes a batch with one write and one {@code force(false)} (fdatasync on Linux, which
 * also persists the grown file size) before returning, so a returned index survives a crash or {@code kill -9}; a
 * batch cut short by a crash is dropped whole or in part on the next open, and none of it was acknowledged.
 * Appends are serialised; readers take a read lock only around the in-memory tree, never across IO syncs.
 */
public final class FileExchangeLog implements ExchangeLog {
    static final byte[] ENTRIES_MAGIC = "LLXENT\0\1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] CHECKPOINTS_MAGIC = "LLXCKP\0\1".getBytes(StandardCharsets.US_ASCII);

    private final RecordFile entries;
    private final LeafIndex index;
    private final RecordFile checkpointFile;
    private final MerkleTree tree = new MerkleTree();
    private final LongList offsets = new LongList();
    private final List<SignedCheckpoint> checkpoints = new CopyOnWriteArrayList<>();
    private final ReentrantReadWriteLock treeLock = new ReentrantReadWriteLock();
    private final ReentrantLock appendLock = new ReentrantLock();
    private final Recovery recovery;

    private FileExchangeLog(Path dir) throws IOException {
        Files.createDirectories(dir);
        entries = RecordFile.open(dir.resolve("entries.seg"), ENTRIES_MAGIC);
        index = LeafIndex.open(dir.resolve("leaves.idx"));
        checkpointFile = RecordFile.open(dir.resolve("checkpoints.seg"), CHECKPOINTS_MAGIC);
        recovery = recover();
    }

    /** Opens (creating if needed) the log in {@code dir}, repairing a torn tail; see {@link #recovery()}. */
    public static FileExchangeLog open(Path dir) {
        try {
            return new FileExchangeLog(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Recovery recovery() {
        return recovery;
    }

    private Recovery recover() throws IOException {
        long indexed = index.load(Long.MAX_VALUE, (offset, leaf) -> offsets.add(offset));
        long usable = usableIndexPrefix(indexed);
        offsets.truncate(usable);
        index.load(usable, (offset, leaf) -> tree.appendLeafHash(leaf));
        long indexDropped = Math.ceilDiv(index.sizeOnDisk(), LeafIndex.RECORD) - usable;
        index.truncate(usable);
        long trustedEnd = usable == 0 ? ENTRIES_MAGIC.length : frameEnd(offsets.get(usable - 1));
        RecordFile.Scan scan = entries.scanAndRepair(trustedEnd);
        long[] found = scan.offsets().stream().mapToLong(Long::longValue).toArray();
        byte[][] leaves = new byte[found.length][];
        for (int i = 0; i < found.length; i++) {
            leaves[i] = Rfc9162.leafHash(entries.read(found[i])).bytes();
            offsets.add(found[i]);
            tree.appendLeafHash(leaves[i]);
        }
        index.append(usable, found, leaves);
        long checkpointDropped = loadCheckpoints();
        return new Recovery(scan.droppedBytes(), indexDropped, checkpointDropped, found.length);
    }

    // Index records may point past a repaired entries file; walk back to the last one whose frame is intact.
    private long usableIndexPrefix(long indexed) throws IOException {
        long usable = indexed;
        while (usable > 0 && !frameIntact(offsets.get(usable - 1))) {
            usable--;
        }
        return usable;
    }

    private boolean frameIntact(long offset) {
        try {
            entries.read(offset);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private long frameEnd(long offset) throws IOException {
        return offset + RecordFile.OVERHEAD + entries.read(offset).length;
    }

    private long loadCheckpoints() throws IOException {
        RecordFile.Scan scan = checkpointFile.scanAndRepair(CHECKPOINTS_MAGIC.length);
        for (long offset : scan.offsets()) {
            String note = new String(checkpointFile.read(offset), StandardCharsets.UTF_8);
            checkpoints.add(SignedCheckpoint.parse(note).orThrow());
        }
        return scan.droppedBytes();
    }

    @Override
    public long append(List<ExchangeEntry> batch) {
        if (batch.isEmpty()) {
            return size();
        }
        List<byte[]> payloads = batch.stream().map(ExchangeEntry::encode).toList();
        appendLock.lock();
        try {
            long first = offsets.size();
            long[] at = entries.append(payloads, true);
            byte[][] leaves = payloads.stream().map(p -> Rfc9162.leafHash(p).bytes()).toArray(byte[][]::new);
            index.append(first, at, leaves);
            writeLocked(() -> {
                for (int i = 0; i < at.length; i++) {
                    offsets.add(at[i]);
                    tree.appendLeafHash(leaves[i]);
                }
                return null;
            });
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            appendLock.unlock();
        }
    }

    @Override
    public void addCheckpoint(SignedCheckpoint checkpoint) {
        long size = checkpoint.size();
        if (size > size() || !root(size).equals(checkpoint.root())) {
            throw new IllegalArgumentException("checkpoint of size " + size + " does not match this log");
        }
        appendLock.lock();
        try {
            if (!checkpoints.isEmpty() && checkpoints.getLast().size() > size) {
                throw new IllegalArgumentException("checkpoint size " + size + " is below the last stored one");
            }
            checkpointFile.append(List.of(checkpoint.format().getBytes(StandardCharsets.UTF_8)), true);
            checkpoints.add(checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            appendLock.unlock();
        }
    }

    @Override
    public long size() {
        return readLocked(tree::size);
    }

    @Override
    public byte[] entryBytes(long i) {
        long offset = readLocked(() -> offsets.get(checkIndex(i)));
        try {
            return entries.read(offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Hash leafHash(long i) {
        return readLocked(() -> tree.leafHash(i));
    }

    @Override
    public Hash root(long treeSize) {
        return readLocked(() -> tree.root(treeSize));
    }

    @Override
    public InclusionProof inclusionProof(long i, long treeSize) {
        return readLocked(() -> tree.inclusionProof(i, treeSize));
    }

    @Override
    public ConsistencyProof consistencyProof(long size1, long size2) {
        return readLocked(() -> tree.consistencyProof(size1, size2));
    }

    @Override
    public List<SignedCheckpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    /** Bytes on disk of the entries segment and the leaf index (checkpoints excluded). */
    public long bytesOnDisk() {
        try {
            return entries.sizeOnDisk() + index.sizeOnDisk();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        appendLock.lock();
        try (entries; index; checkpointFile) {
            // closing all three, even if one fails
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            appendLock.unlock();
        }
    }

    private long checkIndex(long i) {
        if (i < 0 || i >= offsets.size()) {
            throw new IllegalArgumentException("entry index " + i + " outside [0, " + offsets.size() + ")");
        }
        return i;
    }

    private <T> T readLocked(Supplier<T> read) {
        treeLock.readLock().lock();
        try {
            return read.get();
        } finally {
            treeLock.readLock().unlock();
        }
    }

    private <T> T writeLocked(Supplier<T> write) {
        treeLock.writeLock().lock();
        try {
            return write.get();
        } finally {
            treeLock.writeLock().unlock();
        }
    }
}
