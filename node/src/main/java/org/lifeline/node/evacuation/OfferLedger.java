// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seat accounting for one offer. Every method must run with this ledger's monitor held (the board does so), which
 * makes decide-append-apply one atomic step per offer. Invariant, checked on every apply: the seats of HELD,
 * COMMITTED and FULFILLED holds never exceed capacity. {@code decide*} never mutate; {@code apply} is the only
 * mutation, used both live and on replay, and throws on an event that would break the invariant.
 */
final class OfferLedger {
    private final EvacuationOffer offer;
    private final Map<String, Hold> holds = new LinkedHashMap<>();

    OfferLedger(EvacuationOffer offer) {
        this.offer = offer;
    }

    EvacuationOffer offer() {
        return offer;
    }

    int free(Instant now) {
        expire(now);
        return offer.capacity() - holds.values().stream().filter(h -> h.state().occupiesSeats())
                .mapToInt(Hold::seats).sum();
    }

    List<Hold> holds(Instant now) {
        expire(now);
        return List.copyOf(holds.values());
    }

    Optional<Hold> find(String holdId, Instant now) {
        expire(now);
        return Optional.ofNullable(holds.get(holdId));
    }

    /** A new hold to journal, the request's existing active hold (an idempotent retry), or a refusal. */
    BoardResult<Hold> decideHold(HoldRequest r, Instant now) {
        if (!offer.isOpenAt(now)) {
            return BoardResult.refused(RefusalCode.WINDOW_CLOSED, "window of offer " + offer.id() + " ended at "
                    + offer.windowEnd());
        }
        int free = free(now);
        Optional<Hold> existing = holds.values().stream()
                .filter(h -> h.requestId().equals(r.requestId()) && h.state().occupiesSeats()).findFirst();
        if (existing.isPresent()) {
            return BoardResult.done(existing.get());
        }
        if (free == 0) {
            return BoardResult.refused(RefusalCode.NO_SEATS, "offer " + offer.id() + " has no free seats");
        }
        if (free < r.seats() && !r.partialAllowed()) {
            return BoardResult.refused(RefusalCode.NOT_ENOUGH_SEATS, "offer " + offer.id() + " has " + free
                    + " free seats, " + r.seats() + " asked and partial fill not allowed");
        }
        Instant ttlEnd = now.plus(r.ttl());
        Instant expires = ttlEnd.isBefore(offer.windowEnd()) ? ttlEnd : offer.windowEnd();
        String id = offer.id() + ":h" + (holds.size() + 1);
        return BoardResult.done(new Hold(id, offer.id(), r.requestId(), r.actingNode(), r.onBehalfOf(),
                Math.min(free, r.seats()), now, expires, HoldState.HELD));
    }

    BoardResult<Hold> decideMove(String holdId, HoldState to, Instant now) {
        expire(now);
        Hold hold = holds.get(holdId);
        if (hold == null) {
            return BoardResult.refused(RefusalCode.UNKNOWN_HOLD, "no hold " + holdId);
        }
        if (hold.state() == HoldState.EXPIRED && to == HoldState.COMMITTED) {
            return BoardResult.refused(RefusalCode.HOLD_EXPIRED, "hold " + holdId + " expired at " + hold.expires());
        }
        if (!hold.state().mayBecome(to)) {
            return BoardResult.refused(RefusalCode.WRONG_STATE, "hold " + holdId + " is " + hold.state()
                    + " and cannot become " + to);
        }
        return BoardResult.done(hold.in(to));
    }

    void apply(BoardEvent event) {
        switch (event) {
            case BoardEvent.HoldPlaced(Hold hold) -> place(hold);
            case BoardEvent.HoldMoved(String holdId, HoldState to, Instant at) -> move(holdId, to, at);
            case BoardEvent.OfferPublished p -> throw new IllegalStateException("offer " + p.offer().id()
                    + " published twice in the journal");
        }
    }

    private void place(Hold hold) {
        if (holds.containsKey(hold.id()) || hold.seats() > free(hold.placed())) {
            throw new IllegalStateException("hold " + hold.id() + " would overbook offer " + offer.id()
                    + " or reuse an id: the journal is inconsistent");
        }
        holds.put(hold.id(), hold);
    }

    private void move(String holdId, HoldState to, Instant at) {
        if (!(decideMove(holdId, to, at) instanceof BoardResult.Done<Hold>(Hold moved))) {
            throw new IllegalStateException("hold " + holdId + " cannot become " + to + " at " + at
                    + ": the journal is inconsistent");
        }
        holds.put(holdId, moved);
    }

    /** Marks lapsed holds EXPIRED; time only moves forward for a ledger, so this is idempotent. */
    private void expire(Instant now) {
        List<String> lapsed = new ArrayList<>();
        holds.values().stream().filter(h -> h.lapsedAt(now)).forEach(h -> lapsed.add(h.id()));
        lapsed.forEach(id -> holds.put(id, holds.get(id).in(HoldState.EXPIRED)));
    }
}
