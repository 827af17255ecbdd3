// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.transparency;

import java.io.IOException;
import java.nio.file.Path;
import org.lifeline.node.federation.transparency.LogJson.EntryReceipt;
import org.lifeline.node.keys.NodeIdentity;

/**
 * Receipts this node received as a requester, one JSON file per exchange in {@code <node folder>/receipts/}, named
 * {@code <peer>-<index>-<response hash prefix>.json}. Each is self-contained (entry, proof, signed checkpoint), so
 * it can later prove to anyone holding the peer's key that the peer logged the exchange.
 */
public final class ReceiptStore {
    private final Path dir;

    public ReceiptStore(Path dir) {
        this.dir = dir;
    }

    public Path store(String peer, EntryReceipt r) throws IOException {
        Path file = dir.resolve(NodeIdentity.requireNodeId(peer) + "-" + r.receipt().index() + "-"
                + r.entry().responseHash().hex().substring(0, 16) + ".json");
        TextFiles.replace(file, LogJson.receiptJson(r.entry(), r.receipt()));
        return file;
    }
}
