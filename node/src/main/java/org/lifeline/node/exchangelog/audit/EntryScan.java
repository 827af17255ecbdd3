// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.MerkleTree;
import org.lifeline.node.exchangelog.Parsed;
import org.lifeline.node.exchangelog.Rfc9162;

/** Reads {@code entries.bin} once: rebuilds the Merkle tree from the raw bytes and decodes every entry. */
final class EntryScan {
    private static final int MAX_ENTRY = 1 << 20;
    private static final int MAX_REPORTED = 10;

    final MerkleTree tree = new MerkleTree();
    final List<String> decodeFailures = new ArrayList<>();
    long decodeFailureCount;
    String framingProblem = "";

    static EntryScan read(Path file) throws IOException {
        var scan = new EntryScan();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            scan.readAll(in);
        }
        return scan;
    }

    private void readAll(DataInputStream in) throws IOException {
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException end) {
                return;
            }
            if (length <= 0 || length > MAX_ENTRY) {
                framingProblem = "entry " + tree.size() + " has impossible length " + length;
                return;
            }
            byte[] entry = new byte[length];
            try {
                in.readFully(entry);
            } catch (EOFException cut) {
                framingProblem = "entry " + tree.size() + " is cut short";
                return;
            }
            accept(entry);
        }
    }

    private void accept(byte[] entry) {
        if (ExchangeEntry.decode(entry) instanceof Parsed.Refused<ExchangeEntry> refused) {
            decodeFailureCount++;
            if (decodeFailures.size() < MAX_REPORTED) {
                decodeFailures.add("entry " + tree.size() + ": " + refused.reason());
            }
        }
        tree.appendLeafHash(Rfc9162.leafHash(entry).bytes());
    }
}
