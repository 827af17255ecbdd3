// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.exchangelog.ExchangeEntry;
import org.lifeline.node.exchangelog.ExchangeLogReader;
import org.lifeline.node.exchangelog.GroupCommit;
import org.lifeline.node.exchangelog.Receipt;
import org.lifeline.node.exchangelog.file.FileExchangeLog;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.client.PeerClient;
import org.lifeline.node.federation.client.PeerLogs;
import org.lifeline.node.federation.client.Witness;
import org.lifeline.node.federation.server.LogService;
import org.lifeline.node.federation.transparency.Alerts;
import org.lifeline.node.federation.transparency.Checkpointer;
import org.lifeline.node.federation.transparency.CosignatureStore;
import org.lifeline.node.federation.transparency.ReceiptStore;
import org.lifeline.node.federation.transparency.WitnessStore;
import org.lifeline.node.keys.Ed25519NoteSigner;
import org.lifeline.node.keys.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's exchange log at work in the federation: the file log behind group commit, the checkpointer, the stores
 * kept beside it (gathered cosignatures in {@code exchange-log/}, {@code receipts/}, {@code witness/},
 * {@code alerts/} in the node folder) and the periodic task that checkpoints new entries and witnesses every peer.
 */
public final class ExchangeLogRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeLogRuntime.class);

    private final NodeSettings settings;
    private final NodeIdentity identity;
    private final FileExchangeLog log;
    private final GroupCommit commit;
    private final Checkpointer checkpointer;
    private final CosignatureStore cosignatures;
    private final Alerts alerts;
    private final Clock clock;
    private final ScheduledExecutorService witnessTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("witness").factory());

    ExchangeLogRuntime(NodeSettings settings, NodeIdentity identity, Clock clock) throws IOException {
        this.settings = settings;
        this.identity = identity;
        this.clock = clock;
        this.log = FileExchangeLog.open(settings.exchangeLogDir());
        this.commit = new GroupCommit(log);
        this.checkpointer = new Checkpointer(log, Ed25519NoteSigner.log(identity), clock);
        this.cosignatures = CosignatureStore.open(settings.exchangeLogDir());
        this.alerts = new Alerts(settings.dataDir().resolve("alerts"));
        checkpointer.refresh();
    }

    /** Logs an exchange this node answered and returns its receipt against a checkpoint covering it. */
    public Receipt answered(ExchangeEntry entry) {
        long index = commit.append(entry);
        return log.receipt(index, checkpointer.covering(index));
    }

    /** Logs an exchange this node asked; a later checkpoint (the witness task's) covers it. */
    public void asked(ExchangeEntry entry) {
        commit.append(entry);
    }

    LogService service(Supplier<TrustList> trust) {
        return new LogService(log, checkpointer, cosignatures, trust, clock);
    }

    ReceiptStore receipts() {
        return new ReceiptStore(settings.dataDir().resolve("receipts"));
    }

    /** Every {@code interval}: sign a checkpoint if the log grew, then witness every peer once. */
    void startWitness(Supplier<TrustList> trust, PeerClient client, Duration interval) {
        var witness = new Witness(settings.nodeId(), trust, PeerLogs.over(client), Ed25519NoteSigner.witness(identity),
                new WitnessStore(settings.dataDir().resolve("witness")), alerts, clock);
        witnessTimer.scheduleWithFixedDelay(() -> {
            try {
                checkpointer.refresh();
                Map<String, String> outcome = witness.round();
                LOG.debug("witness round: {}", outcome);
            } catch (RuntimeException e) {
                // the next round retries; a dead timer would silently stop witnessing
                LOG.error("witness round failed with {}", e.getClass().getName(), e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ExchangeLogReader reader() {
        return log;
    }

    public Checkpointer checkpointer() {
        return checkpointer;
    }

    public CosignatureStore cosignatures() {
        return cosignatures;
    }

    public Alerts alerts() {
        return alerts;
    }

    @Override
    public void close() {
        witnessTimer.shutdownNow();
        try {
            witnessTimer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.close();
    }
}
