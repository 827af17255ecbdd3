// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.io.ImportService;
import org.lifeline.node.io.Importer;
import org.lifeline.node.io.RecordValidator;
import org.lifeline.node.io.shacl.ShaclRecordValidator;
import org.lifeline.node.federation.server.IndexedPersonMatcher;
import org.lifeline.node.search.MatchScorer;
import org.lifeline.node.search.NameIndex;
import org.lifeline.node.search.lucene.LuceneNameIndex;
import org.lifeline.node.store.RecordStore;
import org.lifeline.node.store.tdb.TdbRecordStore;

/** Builds the node's framework-free parts from its configuration; the only place that names the adapters. */
@Factory
final class NodeFactory {
    @Singleton
    NodeSettings settings(@Value("${lifeline.node-id:node}") String nodeId,
                          @Value("${lifeline.data-dir:}") String dataDir,
                          @Value("${micronaut.server.host:127.0.0.1}") String host,
                          @Value("${micronaut.server.port:7100}") int port,
                          @Value("${lifeline.retention.default:P730D}") String retention,
                          @Value("${lifeline.retention.purge-interval:PT1H}") String purgeInterval,
                          @Value("${lifeline.federation.peer-port:0}") int peerPort) {
        Path dir = dataDir.isBlank() ? Path.of("data", nodeId) : Path.of(dataDir);
        return new NodeSettings(nodeId, dir, host, port, Duration.parse(retention), Duration.parse(purgeInterval), peerPort);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Bean(preDestroy = "close")
    RecordStore recordStore(NodeSettings settings) {
        return TdbRecordStore.open(settings.storeDir());
    }

    @Singleton
    RecordValidator recordValidator() {
        return ShaclRecordValidator.vocabularyShapes();
    }

    /** Started with the node (peer endpoint up before the first operator request); empty without a trust list. */
    @io.micronaut.context.annotation.Context
    @Bean(preDestroy = "close")
    Federation federation(NodeSettings settings, RecordStore store, NameIndex index, Clock clock,
                          @Value("${lifeline.federation.witness-interval:PT30S}") String witnessInterval)
            throws java.io.IOException {
        return new Federation(FederationRuntime.startIfConfigured(settings, store, new IndexedPersonMatcher(index, store),
                clock, Duration.parse(witnessInterval)));
    }

    /** The name index, rebuilt from the store when missing or stale (e.g. after an offline import), then kept in step. */
    @Singleton
    @Bean(preDestroy = "close")
    NameIndex nameIndex(NodeSettings settings, RecordStore store) {
        LuceneNameIndex index = LuceneNameIndex.open(settings.dataDir().resolve("index"), store, new MatchScorer());
        store.addListener(index);
        return index;
    }

    @Singleton
    ImportService importService(RecordStore store, RecordValidator validator, Clock clock, NodeSettings settings) {
        return Components.importService(store, validator, clock, settings);
    }

    /** Construction shared with the offline CLI commands, which run without the DI container. */
    static final class Components {
        private Components() {
        }

        static ImportService importService(RecordStore store, RecordValidator validator, Clock clock, NodeSettings s) {
            return new ImportService(new Importer(store, validator, clock, Importer.DEFAULT_BATCH), s.nodeId(),
                    Optional.of(s.defaultRetention()));
        }
    }
}
