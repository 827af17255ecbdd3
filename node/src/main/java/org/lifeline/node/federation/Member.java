// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lifeline.node.keys.CertificateFingerprint;
import org.lifeline.node.keys.Ed25519PublicKey;
import org.lifeline.node.keys.KeyRotation;
import org.lifeline.node.keys.NodeIdentity;
import org.lifeline.node.keys.SigningKey;

/**
 * One node of the federation as its trust list describes it. {@code roles} are recipient-role slugs
 * ({@code https://w3id.org/lifeline/role/<slug>}) the node may claim in requests; {@code tlsCertificates} pins the
 * certificates it may present in mTLS (more than one only while a rotation is under way). {@code authorityOf} lists the
 * ISO 3166-1 alpha-2 codes of the states whose authority the member is (empty for IOs and NGOs): the consent
 * engine's firewall keeps a refugee's data from the authorities of their country of nationality. A revoked member stays on
 * the list with {@code revokedAt}, so a refusal can say "revoked" rather than "unknown".
 */
public record Member(String nodeId, String organisation, Set<String> authorityOf, Set<String> roles, URI endpoint,
                     Set<CertificateFingerprint> tlsCertificates, List<SigningKey> signingKeys,
                     Instant validFrom, Instant validUntil, Optional<Instant> revokedAt) {
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Member {
        NodeIdentity.requireNodeId(nodeId);
        if (organisation.isBlank()) {
            throw new IllegalArgumentException("member " + nodeId + " needs an organisation");
        }
        authorityOf = Set.copyOf(authorityOf);
        authorityOf.forEach(c -> {
            if (!COUNTRY.matcher(c).matches()) {
                throw new IllegalArgumentException("member " + nodeId + ": authorityOf needs ISO 3166-1 alpha-2 codes");
            }
        });
        roles = Set.copyOf(roles);
        roles.forEach(role -> requireSlug(role, "role of member " + nodeId));
        if (!"https".equals(endpoint.getScheme()) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint of member " + nodeId + " must be an absolute https URL");
        }
        tlsCertificates = Set.copyOf(tlsCertificates);
        signingKeys = List.copyOf(signingKeys);
        if (tlsCertificates.isEmpty() || signingKeys.isEmpty()) {
            throw new IllegalArgumentException("member " + nodeId + " needs a TLS certificate and a signing key");
        }
        var kids = new HashSet<String>();
        signingKeys.forEach(k -> {
            if (!kids.add(k.kid())) {
                throw new IllegalArgumentException("member " + nodeId + " lists key " + k.kid() + " twice");
            }
        });
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("membership of " + nodeId + " must end after it starts");
        }
    }

    /** A new, unrevoked member whose one signing key and membership share the same validity. */
    public static Member of(NodeIdentity identity, String organisation, Set<String> authorityOf, Set<String> roles, URI endpoint,
                            Instant validFrom, Instant validUntil) {
        return new Member(identity.nodeId(), organisation, authorityOf, roles, endpoint, Set.of(identity.fingerprint()),
                List.of(SigningKey.openEnded(identity.publicKey(), validFrom)), validFrom, validUntil,
                Optional.empty());
    }

    static String requireSlug(String value, String what) {
        if (!SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a lower-case slug like 'consular-services'");
        }
        return value;
    }

    public boolean isRevokedAt(Instant instant) {
        return revokedAt.map(r -> !instant.isBefore(r)).orElse(false);
    }

    public boolean isWithinValidity(Instant instant) {
        return !instant.isBefore(validFrom) && instant.isBefore(validUntil);
    }

    /** Whether peers should talk to this member at {@code instant}: inside its validity and not revoked. */
    public boolean isCurrentAt(Instant instant) {
        return isWithinValidity(instant) && !isRevokedAt(instant);
    }

    public boolean mayClaim(String role) {
        return roles.contains(role);
    }

    public Optional<SigningKey> signingKey(String kid, Instant at) {
        return signingKeys.stream().filter(k -> k.kid().equals(kid) && k.validAt(at)).findFirst();
    }

    public Member revoked(Instant at) {
        return new Member(nodeId, organisation, authorityOf, roles, endpoint, tlsCertificates, signingKeys, validFrom, validUntil,
                Optional.of(at));
    }

    /**
     * After a key rotation: the new key valid from {@code newFrom}, older keys until {@code oldUntil}
     * ({@link KeyRotation#publish}), and the new certificate pinned beside the old one.
     */
    public Member withRotatedKey(Ed25519PublicKey newKey, CertificateFingerprint newCertificate, Instant newFrom,
                                 Instant oldUntil) {
        var certificates = new HashSet<>(tlsCertificates);
        certificates.add(newCertificate);
        return new Member(nodeId, organisation, authorityOf, roles, endpoint, certificates,
                KeyRotation.publish(signingKeys, newKey, newFrom, oldUntil), validFrom, validUntil, revokedAt);
    }

    /** Stops pinning a certificate once the rotation has finished; at least one must remain. */
    public Member withoutCertificate(CertificateFingerprint retired) {
        var certificates = new HashSet<>(tlsCertificates);
        certificates.remove(retired);
        return new Member(nodeId, organisation, authorityOf, roles, endpoint, certificates, signingKeys, validFrom, validUntil,
                revokedAt);
    }
}
