// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lifeline.node.federation.TrustList;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.keys.CertificateFingerprint;

/**
 * Verifies a request envelope received by this node (docs/protocol.md "Receiving a request"). Runs every rule and
 * reports every reason: known and unrevoked issuer, signature by a key valid at iat, audience, iat not in the future,
 * not expired, short lifetime, jti not replayed, role allowed, mTLS peer pinned for the issuer, plus any extra rules
 * (the agreement hook). Only a request that passes all of them is recorded in the replay cache.
 */
public final class EnvelopeVerifier {
    private final Supplier<TrustList> trustList;
    private final ReplayCache replayCache;
    private final Clock clock;
    private final Limits limits;
    private final List<EnvelopeRule<? super RequestEnvelope>> rules;

    /**
     * @param trustList  the currently held, verified trust list (asked on every call)
     * @param extraRules e.g. {@link EnvelopeRule#agreementInForce}; run after the built-in rules
     */
    public EnvelopeVerifier(String selfNodeId, Supplier<TrustList> trustList, ReplayCache replayCache, Clock clock,
                            Limits limits, List<EnvelopeRule<? super RequestEnvelope>> extraRules) {
        this.trustList = trustList;
        this.replayCache = replayCache;
        this.clock = clock;
        this.limits = limits;
        var all = new ArrayList<EnvelopeRule<? super RequestEnvelope>>(
                EnvelopeChecks.common(selfNodeId, limits.leeway()));
        all.addAll(List.of(new NotExpired(limits.leeway()), new LifetimeShort(limits.maxLifetime()),
                new JtiNotReplayed(replayCache), new RoleAllowedForIssuer(), new TlsPeerMatchesIssuer()));
        all.addAll(extraRules);
        this.rules = List.copyOf(all);
    }

    /** @param tlsPeer fingerprint of the client certificate of the connection the request came on */
    public Verdict<RequestEnvelope> verify(String compactJws, Optional<CertificateFingerprint> tlsPeer) {
        Instant now = clock.instant();
        Verdict<RequestEnvelope> verdict = EnvelopeChecks.run(compactJws, limits.maxRequestChars(),
                EnvelopeCodec.REQUEST_TYPE, EnvelopeCodec::request, trustList.get(), now, tlsPeer, rules);
        if (verdict instanceof Verdict.Accepted<RequestEnvelope>(RequestEnvelope request)
                && !replayCache.markIfAbsent(request.iss(), request.jti(), request.exp().plus(limits.leeway()))) {
            // lost a race with an identical request accepted concurrently
            return Verdict.rejected(List.of(JtiNotReplayed.replayed(request)));
        }
        return verdict;
    }
}
