// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of a data subject's consent (R30; {@code ll:ConsentRecord}, a {@code dpv:Consent}). Each version after
 * the first carries the SHA-256 {@link #hash()} of the one before, so a rewritten history is detectable
 * ({@link ConsentHistory#breach()}). A version covers nothing before {@code given}, nor at or after {@code expires} or
 * {@code withdrawn}.
 *
 * @param recipients node ids the subject consented to; a recipient is covered by node id or by role
 */
public record ConsentRecord(String id, String subject, int version, Set<Purpose> purposes, Set<String> recipients,
        Set<RecipientRole> roles, Set<String> fields, Instant given, Optional<Instant> expires,
        Optional<Instant> withdrawn, Optional<String> previousHash) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ConsentRecord {
        purposes = Set.copyOf(purposes);
        recipients = Set.copyOf(recipients);
        roles = Set.copyOf(roles);
        fields = Set.copyOf(fields);
        require(!id.isBlank() && !subject.isBlank(), id, "id and subject must not be blank");
        require(version >= 1, id, "version must be >= 1");
        require((version == 1) == previousHash.isEmpty(), id, "only version 1 lacks a previous-version hash");
        require(previousHash.map(h -> SHA256_HEX.matcher(h).matches()).orElse(true), id,
                "previous-version hash must be 64 lowercase hex digits");
        require(!purposes.isEmpty() && !fields.isEmpty(), id, "needs at least one purpose and one field");
        require(!recipients.isEmpty() || !roles.isEmpty(), id, "needs at least one recipient or recipient role");
        require(expires.map(given::isBefore).orElse(true), id, "expires must be after given");
        require(withdrawn.map(w -> !w.isBefore(given)).orElse(true), id, "withdrawn must not be before given");
    }

    private static void require(boolean condition, String id, String message) {
        if (!condition) {
            throw new IllegalArgumentException("consent " + id + ": " + message);
        }
    }

    /** Covers from {@code given} inclusive until the first of expiry and withdrawal, exclusive. */
    public boolean activeAt(Instant now) {
        return !now.isBefore(given) && expires.map(now::isBefore).orElse(true)
                && withdrawn.map(now::isBefore).orElse(true);
    }

    public boolean coversRecipient(Recipient recipient) {
        return recipients.contains(recipient.nodeId()) || roles.contains(recipient.role());
    }

    /** The next version: the same consent id and subject, chained to this one's hash. */
    public ConsentRecord revise(Set<Purpose> purposes, Set<String> recipients, Set<RecipientRole> roles,
            Set<String> fields, Instant given, Optional<Instant> expires) {
        return new ConsentRecord(id, subject, version + 1, purposes, recipients, roles, fields, given, expires,
                Optional.empty(), Optional.of(hash()));
    }

    /** The next version, identical in scope, withdrawn at {@code at}: from then on it covers nothing. */
    public ConsentRecord withdraw(Instant at) {
        return new ConsentRecord(id, subject, version + 1, purposes, recipients, roles, fields, at,
                expires.filter(at::isBefore), Optional.of(at), Optional.of(hash()));
    }

    /** SHA-256 over a length-prefixed canonical encoding of every component, lowercase hex. */
    public String hash() {
        StringBuilder canonical = new StringBuilder("lifeline-consent-v1");
        append(canonical, id);
        append(canonical, subject);
        append(canonical, Integer.toString(version));
        appendAll(canonical, purposes.stream().map(Purpose::slug).toList());
        appendAll(canonical, recipients);
        appendAll(canonical, roles.stream().map(RecipientRole::slug).toList());
        appendAll(canonical, fields);
        append(canonical, given.toString());
        append(canonical, expires.map(Instant::toString).orElse(""));
        append(canonical, withdrawn.map(Instant::toString).orElse(""));
        append(canonical, previousHash.orElse(""));
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void appendAll(StringBuilder out, Collection<String> items) {
        append(out, Integer.toString(items.size()));
        items.stream().sorted().forEach(item -> append(out, item));
    }

    private static void append(StringBuilder out, String item) {
        out.append('\n').append(item.length()).append(':').append(item);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
