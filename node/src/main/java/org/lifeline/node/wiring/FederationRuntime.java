// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.lifeline.consent.ConsentEngine;
import org.lifeline.consent.model.Agreement;
import org.lifeline.consent.model.Concept;
import org.lifeline.consent.model.CrisisLevel;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.model.Purpose;
import org.lifeline.consent.model.RecipientRole;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.client.FederatedQueries;
import org.lifeline.node.federation.client.PeerClient;
import org.lifeline.node.federation.envelope.EnvelopeRule;
import org.lifeline.node.federation.envelope.EnvelopeSigner;
import org.lifeline.node.federation.envelope.EnvelopeVerifier;
import org.lifeline.node.federation.envelope.Limits;
import org.lifeline.node.federation.envelope.ResponseVerifier;
import org.lifeline.node.federation.envelope.file.FileReplayCache;
import org.lifeline.node.federation.server.Disclosures;
import org.lifeline.node.federation.server.FindEvacuationOffersHandler;
import org.lifeline.node.federation.server.FindPersonHandler;
import org.lifeline.node.federation.server.FindRegistrationsHandler;
import org.lifeline.node.federation.server.PersonMatcher;
import org.lifeline.node.federation.server.QueryService;
import org.lifeline.node.federation.server.https.PeerHttpsServer;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.TlsContexts;
import org.lifeline.node.store.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's federation side, composed from its folder: identity, trust list, policy, exchange log (with receipts and
 * the witness task), the mTLS peer endpoint (answering) and the fan-out client (asking). Plain Java, so the Micronaut factory and tests build it alike.
 */
public final class FederationRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FederationRuntime.class);
    static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);

    private final NodeIdentity identity;
    private final Supplier<TrustList> trust;
    private final Supplier<Policy> policy;
    private final FileReplayCache replayCache;
    private final ExchangeLogRuntime exchangeLog;
    private final PeerHttpsServer server;
    private final FederatedQueries queries;

    private FederationRuntime(NodeSettings settings, RecordStore store, PersonMatcher matcher, Clock clock,
                              Duration witnessInterval) throws IOException {
        this.identity = NodeKeys.read(settings);
        identity.requireNodeId(settings.nodeId());
        this.trust = new TrustListFile(settings.federationDir(), clock);
        this.policy = new PolicyFiles(settings.policyDir());
        this.replayCache = FileReplayCache.open(settings.dataDir().resolve("replay-cache.log"), clock);
        this.exchangeLog = new ExchangeLogRuntime(settings, identity, clock);
        SecureRandom random = new SecureRandom();
        SSLContext tls = TlsContexts.mutual(identity, () -> trust.get().acceptedCertificates(clock.instant()), clock);

        Disclosures disclosures = new Disclosures(ConsentEngine.standard(), policy, view -> CrisisLevel.NONE);
        EnvelopeVerifier verifier = new EnvelopeVerifier(settings.nodeId(), trust, replayCache, clock, Limits.DEFAULT,
                List.of(EnvelopeRule.agreementInForce(r -> r.agreement().isBlank()
                        || policy.get().agreement(r.agreement()).filter(a -> a.inForceAt(clock.instant())).isPresent())));
        EnvelopeSigner signer = new EnvelopeSigner(identity);
        QueryService service = new QueryService(verifier, signer, trust, disclosures, List.of(
                new FindPersonHandler(matcher, disclosures),
                new FindRegistrationsHandler(store, disclosures),
                new FindEvacuationOffersHandler(store, disclosures)), exchangeLog::answered, clock, random);
        this.server = PeerHttpsServer.start(new InetSocketAddress(settings.host(), settings.peerPort()), tls, service,
                exchangeLog.service(trust), Limits.DEFAULT.maxRequestChars());
        PeerClient peers = new PeerClient(tls, PEER_TIMEOUT);
        this.queries = new FederatedQueries(settings.nodeId(), trust, signer,
                new ResponseVerifier(settings.nodeId(), trust, clock, Limits.DEFAULT), peers,
                exchangeLog::asked, exchangeLog.receipts(), clock, random);
        exchangeLog.startWitness(trust, peers, witnessInterval);
        LOG.info("node {} answers peers at https://{}:{} (trust list version {})", settings.nodeId(), settings.host(),
                server.port(), trust.get().version());
    }

    /** Starts the federation side when the node folder holds a trust list and anchor; empty otherwise. */
    public static Optional<FederationRuntime> startIfConfigured(NodeSettings settings, RecordStore store,
                                                                PersonMatcher matcher, Clock clock,
                                                                Duration witnessInterval) throws IOException {
        if (!TrustListFile.present(settings.federationDir())) {
            LOG.info("no trust list in {}: federation off (operator API only)", settings.federationDir());
            return Optional.empty();
        }
        return Optional.of(new FederationRuntime(settings, store, matcher, clock, witnessInterval));
    }

    public FederatedQueries queries() {
        return queries;
    }

    public NodeIdentity identity() {
        return identity;
    }

    public TrustList trustList() {
        return trust.get();
    }

    public Policy policy() {
        return policy.get();
    }

    public ExchangeLogRuntime exchangeLog() {
        return exchangeLog;
    }

    public int peerPort() {
        return server.port();
    }

    /**
     * The agreement in force between this node and {@code peer} that covers {@code purpose} for {@code role}, from the
     * local policy (the first by id when several do).
     */
    public Optional<String> agreementFor(String self, String peer, String purpose, String role) {
        Optional<Purpose> p = Concept.parse(Purpose.class, purpose);
        Optional<RecipientRole> r = Concept.parse(RecipientRole.class, role);
        java.time.Instant now = java.time.Instant.now();
        return policy.get().agreements().values().stream()
                .filter(a -> a.parties().contains(self) && a.parties().contains(peer) && a.inForceAt(now))
                .filter(a -> p.isPresent() && a.purposes().contains(p.get()) && r.isPresent() && a.roles().contains(r.get()))
                .map(Agreement::id).sorted().findFirst();
    }

    @Override
    public void close() {
        server.close();
        try {
            replayCache.close();
        } catch (IOException e) {
            LOG.warn("closing the replay cache failed: {}", e.getClass().getSimpleName());
        }
        exchangeLog.close();
    }
}
