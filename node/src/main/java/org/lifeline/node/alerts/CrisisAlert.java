// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.place.GeoPoint;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordType;

/**
 * One crisis alert as its issuer signs it. {@code id} is unique per issuer, so {@link #ref()} (the record IRI
 * {@code https://<issuer>/id/crisis-alert/<id>}) is unique in the federation; {@code supersedes} names an earlier alert of
 * the <em>same</em> issuer, which makes cross-issuer supersession impossible by construction. A withdrawal is an alert
 * with {@code withdrawn} set that supersedes the alert it ends; it is never itself in force. Times are whole seconds
 * (JWT NumericDate and CAP both carry seconds). The optional polygon is a closed ring (CAP 1.2 §3.2.4: at least four
 * points, first = last); coverage is decided by the area code only.
 */
public record CrisisAlert(String id, String issuer, AreaCode area, List<GeoPoint> polygon, AlertLevel level,
                          String reason, Instant issued, Instant expires, Optional<String> supersedes,
                          boolean withdrawn) {
    private static final int MAX_REASON = 2000;

    public CrisisAlert {
        issued = issued.truncatedTo(ChronoUnit.SECONDS);
        expires = expires.truncatedTo(ChronoUnit.SECONDS);
        polygon = List.copyOf(polygon);
        if (!RecordRef.validNodeId(issuer) || !RecordRef.validRecordId(id)
                || !supersedes.map(RecordRef::validRecordId).orElse(true)) {
            throw new IllegalArgumentException("alert issuer must be a node id and alert ids 1-128 of"
                    + " A-Z a-z 0-9 . _ : -");
        }
        if (!expires.isAfter(issued)) {
            throw new IllegalArgumentException("alert " + id + " expires " + expires + ", not after it was issued "
                    + issued);
        }
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("alert " + id + " needs a reason of 1.." + MAX_REASON + " characters");
        }
        if (!polygon.isEmpty() && (polygon.size() < 4 || !polygon.getFirst().equals(polygon.getLast()))) {
            throw new IllegalArgumentException("polygon of alert " + id + " must be a closed ring of at least 4 points"
                    + " (first = last)");
        }
        if (supersedes.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("alert " + id + " cannot supersede itself");
        }
        if (withdrawn && supersedes.isEmpty()) {
            throw new IllegalArgumentException("withdrawal " + id + " must name the alert it withdraws");
        }
    }

    /** A new alert that supersedes nothing. */
    public static CrisisAlert issue(String id, String issuer, AreaCode area, AlertLevel level, String reason,
                                    Instant issued, Instant expires) {
        return new CrisisAlert(id, issuer, area, List.of(), level, reason, issued, expires, Optional.empty(), false);
    }

    /** A later alert of the same issuer replacing this one (new level, area or expiry). */
    public CrisisAlert supersededBy(String newId, AreaCode newArea, AlertLevel newLevel, String newReason,
                                    Instant newIssued, Instant newExpires) {
        return new CrisisAlert(newId, issuer, newArea, List.of(), newLevel, newReason, newIssued, newExpires,
                Optional.of(id), false);
    }

    /** The withdrawal of this alert: same area and level, valid at least until this alert would have expired. */
    public CrisisAlert withdrawnBy(String newId, String newReason, Instant newIssued) {
        Instant until = expires.isAfter(newIssued) ? expires : newIssued.plusSeconds(3600);
        return new CrisisAlert(newId, issuer, area, polygon, level, newReason, newIssued, until, Optional.of(id),
                true);
    }

    public RecordRef ref() {
        return new RecordRef(issuer, RecordType.ALERT, id);
    }

    public Optional<RecordRef> supersededRef() {
        return supersedes.map(s -> new RecordRef(issuer, RecordType.ALERT, s));
    }

    /** In its validity window and not a withdrawal; whether a later alert superseded it is the board's knowledge. */
    public boolean isActiveAt(Instant now) {
        return !withdrawn && !now.isBefore(issued) && now.isBefore(expires);
    }
}
