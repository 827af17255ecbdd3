// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.SigningKey;

/**
 * The federation's membership at one version, as its issuer signs it. Every change is a new list with a higher
 * {@code version}; holders refuse a lower version (rollback). Members are kept sorted by node id so that the
 * canonical JSON of equal lists is byte-identical. The operations below are pure and return a new list.
 */
public record TrustList(String issuer, long version, Instant issued, Instant validFrom, Instant validUntil,
                        List<Member> members) {
    public TrustList {
        NodeIdentity.requireNodeId(issuer);
        if (version < 1) {
            throw new IllegalArgumentException("trust list version must be >= 1 but was " + version);
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("trust list must end after it starts");
        }
        var seen = new HashSet<String>();
        for (Member m : members) {
            if (!seen.add(m.nodeId())) {
                throw new IllegalArgumentException("trust list names member " + m.nodeId() + " twice");
            }
        }
        members = members.stream().sorted(Comparator.comparing(Member::nodeId)).toList();
    }

    public static TrustList create(String issuer, Instant issued, Instant validFrom, Instant validUntil) {
        return new TrustList(issuer, 1, issued, validFrom, validUntil, List.of());
    }

    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }

    public Optional<Member> member(String nodeId) {
        return members.stream().filter(m -> m.nodeId().equals(nodeId)).findFirst();
    }

    public Optional<Member> memberByCertificate(CertificateFingerprint fingerprint) {
        return members.stream().filter(m -> m.tlsCertificates().contains(fingerprint)).findFirst();
    }

    public Optional<SigningKey> signingKey(String nodeId, String kid, Instant at) {
        return member(nodeId).flatMap(m -> m.signingKey(kid, at));
    }

    /** Certificates mTLS accepts at {@code now}: none if the list itself is not valid, else those of current members. */
    public Set<CertificateFingerprint> acceptedCertificates(Instant now) {
        if (!isValidAt(now)) {
            return Set.of();
        }
        return members.stream().filter(m -> m.isCurrentAt(now))
                .flatMap(m -> m.tlsCertificates().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Adds a member not yet on the list. */
    public TrustList add(Member member, Instant issuedAt) {
        if (member(member.nodeId()).isPresent()) {
            throw new IllegalArgumentException("member " + member.nodeId() + " is already on the trust list");
        }
        var next = new ArrayList<>(members);
        next.add(member);
        return next(next, issuedAt);
    }

    /** Replaces the entry of an existing member (new endpoint, roles, rotated keys). */
    public TrustList update(Member member, Instant issuedAt) {
        requireMember(member.nodeId());
        return next(members.stream().map(m -> m.nodeId().equals(member.nodeId()) ? member : m).toList(), issuedAt);
    }

    /** Revokes a member from {@code at} on; it stays listed so peers can tell "revoked" from "unknown". */
    public TrustList revoke(String nodeId, Instant at) {
        return update(requireMember(nodeId).revoked(at), at);
    }

    public TrustList renew(Instant newValidFrom, Instant newValidUntil, Instant issuedAt) {
        return new TrustList(issuer, version + 1, issuedAt, newValidFrom, newValidUntil, members);
    }

    private Member requireMember(String nodeId) {
        return member(nodeId).orElseThrow(
                () -> new IllegalArgumentException("no member " + nodeId + " on the trust list"));
    }

    private TrustList next(List<Member> nextMembers, Instant issuedAt) {
        return new TrustList(issuer, version + 1, issuedAt, validFrom, validUntil, nextMembers);
    }
}
