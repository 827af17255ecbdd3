// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.node.federation.Rejection;
import org.lifeline.node.federation.RejectionCode;
import org.lifeline.node.federation.Verdict;
import org.lifeline.node.journal.LineJournal;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordRef;

/**
 * The alerts a node holds, its own and its peers' (docs/alerts.md). An alert enters only through {@link #accept}:
 * verified (signature, issuer), checked against what the board holds (duplicate, conflicting id, already superseded,
 * superseding something not earlier), journaled, then applied. Supersession is permanent: once an alert of an issuer
 * names X in {@code supersedes}, X is never in force again, even after the superseding alert expires, and an X that
 * arrives later (pushes and pulls overlap) is refused. Thread-safe by one lock: alerts are few and rare.
 */
public final class AlertBoard {
    private final AlertVerifier verifier;
    private final LineJournal journal;
    private final Map<RecordRef, Held> alerts = new HashMap<>();
    private final Map<RecordRef, RecordRef> supersededBy = new HashMap<>();
    private int droppedOnLoad;

    private record Held(CrisisAlert alert, SignedAlert signed) {
    }

    private AlertBoard(AlertVerifier verifier, LineJournal journal) {
        this.verifier = verifier;
        this.journal = journal;
    }

    /**
     * Replays the journal, re-verifying every alert at {@code now}: an alert whose issuer has since been revoked or
     * whose line was tampered with is dropped (counted in {@link #droppedOnLoad}), never trusted from disk alone.
     */
    public static AlertBoard open(AlertVerifier verifier, LineJournal journal, Instant now) {
        var board = new AlertBoard(verifier, journal);
        for (String line : journal.readAll()) {
            SignedAlert signed = new SignedAlert(line);
            if (!(board.admit(signed, now) instanceof AlertAcceptance.Accepted(CrisisAlert alert))) {
                board.droppedOnLoad++;
                continue;
            }
            board.put(alert, signed);
        }
        return board;
    }

    /** Verifies, checks and stores a signed alert; the journal line is durable before Accepted is returned. */
    public synchronized AlertAcceptance accept(SignedAlert signed, Instant now) {
        AlertAcceptance outcome = admit(signed, now);
        if (outcome instanceof AlertAcceptance.Accepted(CrisisAlert alert)) {
            journal.append(signed.jws());
            put(alert, signed);
        }
        return outcome;
    }

    private AlertAcceptance admit(SignedAlert signed, Instant now) {
        Verdict<CrisisAlert> verdict = verifier.verify(signed, now);
        if (verdict instanceof Verdict.Rejected<CrisisAlert>(List<Rejection> reasons)) {
            return new AlertAcceptance.Rejected(reasons);
        }
        CrisisAlert alert = ((Verdict.Accepted<CrisisAlert>) verdict).value();
        RecordRef ref = alert.ref();
        Held held = alerts.get(ref);
        if (held != null) {
            return held.alert().equals(alert) ? new AlertAcceptance.Duplicate(ref)
                    : rejected(RejectionCode.CONFLICTING_ID, ref + " is already held with other content");
        }
        RecordRef by = supersededBy.get(ref);
        if (by != null) {
            return rejected(RejectionCode.SUPERSEDED, ref + " was already superseded by " + by);
        }
        Optional<Held> target = alert.supersededRef().map(alerts::get);
        if (target.isPresent() && !alert.issued().isAfter(target.get().alert().issued())) {
            return rejected(RejectionCode.OUT_OF_ORDER, ref + " supersedes " + target.get().alert().ref()
                    + " but was not issued after it");
        }
        return new AlertAcceptance.Accepted(alert);
    }

    private static AlertAcceptance rejected(RejectionCode code, String message) {
        return new AlertAcceptance.Rejected(List.of(Rejection.of(code, message)));
    }

    private void put(CrisisAlert alert, SignedAlert signed) {
        alerts.put(alert.ref(), new Held(alert, signed));
        alert.supersededRef().ifPresent(target -> supersededBy.putIfAbsent(target, alert.ref()));
    }

    /**
     * The highest level in force for {@code area} at {@code now}: alerts active at {@code now}, not superseded, whose
     * area covers {@code area}. A country-wide alert covers each of its subdivisions; an alert for a subdivision
     * does not cover a query for the whole country, because a record placed only in the country may lie outside the
     * affected region and vital interest must not widen sharing on a guess.
     */
    public synchronized LevelInForce levelInForce(AreaCode area, Instant now) {
        List<CrisisAlert> covering = inForce(now).stream().filter(a -> a.area().covers(area)).toList();
        if (covering.isEmpty()) {
            return LevelInForce.NONE;
        }
        return new LevelInForce(Optional.of(covering.getFirst().level()),
                covering.stream().map(CrisisAlert::ref).toList());
    }

    /** Every alert in force at {@code now}, highest level first, then by record IRI: what a node shows. */
    public synchronized List<CrisisAlert> inForce(Instant now) {
        return alerts.values().stream().map(Held::alert)
                .filter(a -> a.isActiveAt(now) && !supersededBy.containsKey(a.ref()))
                .sorted(Comparator.comparing(CrisisAlert::level).reversed()
                        .thenComparing(a -> a.ref().iri()))
                .toList();
    }

    /**
     * Signed alerts issued at or after {@code from}, oldest first (a superseding alert after its target), for peers
     * that pull on start. Withdrawals and superseded alerts are included, so a puller ends in the same state.
     */
    public synchronized List<SignedAlert> since(Instant from) {
        return alerts.values().stream().filter(h -> !h.alert().issued().isBefore(from))
                .sorted(Comparator.comparing((Held h) -> h.alert().issued()).thenComparing(h -> h.alert().ref().iri()))
                .map(Held::signed).toList();
    }

    public synchronized Optional<CrisisAlert> get(RecordRef ref) {
        return Optional.ofNullable(alerts.get(ref)).map(Held::alert);
    }

    public synchronized Optional<RecordRef> supersededBy(RecordRef ref) {
        return Optional.ofNullable(supersededBy.get(ref));
    }

    /** Journal lines refused when the board was opened (revoked issuer, tampered line). */
    public synchronized int droppedOnLoad() {
        return droppedOnLoad;
    }
}
