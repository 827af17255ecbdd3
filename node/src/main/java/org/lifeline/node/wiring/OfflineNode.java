// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.time.Clock;
import org.apache.jena.dboe.base.file.Location;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.io.ImportService;
import org.lifeline.node.io.shacl.ShaclRecordValidator;
import org.lifeline.node.store.RecordStore;
import org.lifeline.node.store.tdb.TdbRecordStore;

/**
 * A node's store and services opened without the HTTP server, for offline CLI commands (import, export). TDB2 lets
 * one process at a time open a database, so this fails with a clear message while the node is running.
 */
public final class OfflineNode implements AutoCloseable {
    private final NodeSettings settings;
    private final TdbRecordStore store;

    private OfflineNode(NodeSettings settings, TdbRecordStore store) {
        this.settings = settings;
        this.store = store;
    }

    public static OfflineNode open(NodeSettings settings) throws NodeInUseException {
        try {
            return new OfflineNode(settings, TdbRecordStore.open(settings.storeDir()));
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new NodeInUseException(settings, Location.create(settings.storeDir()).toString());
            }
            throw e;
        }
    }

    public RecordStore store() {
        return store;
    }

    public TdbRecordStore tdb() {
        return store;
    }

    public ImportService importService() {
        return NodeFactory.Components.importService(store, ShaclRecordValidator.vocabularyShapes(), Clock.systemUTC(), settings);
    }

    @Override
    public void close() {
        store.close();
    }

    /** The store is held by another process (a running node). */
    public static final class NodeInUseException extends java.io.IOException {
        public NodeInUseException(NodeSettings s, String location) {
            super("the data folder " + location + " is in use by a running node '" + s.nodeId()
                    + "'; stop it first, or send the file to it: lifeline import --to http://" + s.host() + ":" + s.port() + " FILE");
        }
    }
}
