// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.store.PurgeReport;
import org.lifeline.node.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Node lifecycle chores: on start-up, write {@code run.json} (pid, port, URL) into the data folder so the demo,
 * tests and operators find a node started on an ephemeral port; on a schedule, purge expired records.
 */
@Singleton
final class Lifecycle implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final NodeSettings settings;
    private final RecordStore store;
    private final Clock clock;

    Lifecycle(NodeSettings settings, RecordStore store, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        int port = event.getSource().getPort();
        String url = "http://" + settings.host() + ":" + port;
        String json = String.format("{\"node\":\"%s\",\"pid\":%d,\"port\":%d,\"url\":\"%s\"}%n",
                settings.nodeId(), ProcessHandle.current().pid(), port, url);
        try {
            Files.createDirectories(settings.dataDir());
            var tmp = settings.dataDir().resolve("run.json.tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, settings.dataDir().resolve("run.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("node {} serving at {}", settings.nodeId(), url);
    }

    @Scheduled(initialDelay = "10s", fixedDelay = "${lifeline.retention.purge-interval:PT1H}")
    void purgeExpired() {
        PurgeReport report = store.purgeExpired(clock.instant());
        if (!report.erased().isEmpty()) {
            LOG.info("retention purge erased {} expired record(s)", report.erased().size());
        }
    }
}
