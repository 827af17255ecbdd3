// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Offers and seat holds on this node (docs/evacuation.md): the provider's node holds the board for its offers, and
 * every hold, local or from a peer through the transport, goes through it. Each operation on an offer runs under
 * that offer's lock: decide, append the event to the journal (durable), apply, return. So an acknowledged hold
 * survives a crash, concurrent holds are serialised per offer, and committed + held + fulfilled seats never exceed
 * capacity, live or after replay. Expired holds free their seats lazily, at the {@code now} of the next operation.
 */
public final class EvacuationBoard {
    private final BoardJournal journal;
    private final Map<String, OfferLedger> ledgers = new ConcurrentHashMap<>();
    private final Map<String, OfferLedger> ledgerOfHold = new ConcurrentHashMap<>();

    private EvacuationBoard(BoardJournal journal) {
        this.journal = journal;
    }

    /** Replays the journal; throws IllegalStateException if it holds an event that would overbook (corruption). */
    public static EvacuationBoard open(BoardJournal journal) {
        var board = new EvacuationBoard(journal);
        journal.readAll().forEach(board::apply);
        return board;
    }

    /** Publishes an offer whose window has not ended; republishing the identical offer is a no-op. */
    public synchronized BoardResult<EvacuationOffer> publish(EvacuationOffer offer, Instant now) {
        OfferLedger existing = ledgers.get(offer.id());
        if (existing != null) {
            return existing.offer().equals(offer) ? BoardResult.done(offer)
                    : BoardResult.refused(RefusalCode.DUPLICATE_OFFER, "offer id " + offer.id() + " is taken");
        }
        if (!offer.isOpenAt(now)) {
            return BoardResult.refused(RefusalCode.WINDOW_IN_PAST, "window of offer " + offer.id() + " ended at "
                    + offer.windowEnd() + ", before now " + now);
        }
        var event = new BoardEvent.OfferPublished(offer, now);
        journal.append(event);
        apply(event);
        return BoardResult.done(offer);
    }

    /** Holds seats (docs/evacuation.md "Holds"); a retry for a request that already holds seats returns that hold. */
    public BoardResult<Hold> hold(HoldRequest request, Instant now) {
        OfferLedger ledger = ledgers.get(request.offerId());
        if (ledger == null) {
            return BoardResult.refused(RefusalCode.UNKNOWN_OFFER, "no offer " + request.offerId());
        }
        synchronized (ledger) {
            BoardResult<Hold> decided = ledger.decideHold(request, now);
            if (decided instanceof BoardResult.Done<Hold>(Hold hold) && ledger.find(hold.id(), now).isEmpty()) {
                record(ledger, new BoardEvent.HoldPlaced(hold));
            }
            return decided;
        }
    }

    /** HELD -> COMMITTED; refused once the hold has expired. */
    public BoardResult<Hold> commit(String holdId, Instant now) {
        return move(holdId, HoldState.COMMITTED, now);
    }

    /** COMMITTED -> FULFILLED: the party boarded; the seats stay used. */
    public BoardResult<Hold> fulfil(String holdId, Instant now) {
        return move(holdId, HoldState.FULFILLED, now);
    }

    /** HELD or COMMITTED -> RELEASED: the seats are free again. */
    public BoardResult<Hold> release(String holdId, Instant now) {
        return move(holdId, HoldState.RELEASED, now);
    }

    private BoardResult<Hold> move(String holdId, HoldState to, Instant now) {
        OfferLedger ledger = ledgerOfHold.get(holdId);
        if (ledger == null) {
            return BoardResult.refused(RefusalCode.UNKNOWN_HOLD, "no hold " + holdId);
        }
        synchronized (ledger) {
            BoardResult<Hold> decided = ledger.decideMove(holdId, to, now);
            if (decided instanceof BoardResult.Done<Hold>) {
                record(ledger, new BoardEvent.HoldMoved(holdId, to, now));
            }
            return decided;
        }
    }

    private void record(OfferLedger ledger, BoardEvent event) {
        journal.append(event);
        ledger.apply(event);
        if (event instanceof BoardEvent.HoldPlaced(Hold hold)) {
            ledgerOfHold.put(hold.id(), ledger);
        }
    }

    private void apply(BoardEvent event) {
        switch (event) {
            case BoardEvent.OfferPublished(EvacuationOffer offer, Instant at) -> {
                if (ledgers.putIfAbsent(offer.id(), new OfferLedger(offer)) != null) {
                    throw new IllegalStateException("offer " + offer.id() + " published twice in the journal");
                }
            }
            case BoardEvent.HoldPlaced(Hold hold) -> {
                OfferLedger ledger = requireLedger(hold.offerId());
                ledger.apply(event);
                ledgerOfHold.put(hold.id(), ledger);
            }
            case BoardEvent.HoldMoved(String holdId, HoldState to, Instant at) -> requireLedgerOfHold(holdId).apply(event);
        }
    }

    private OfferLedger requireLedger(String offerId) {
        OfferLedger ledger = ledgers.get(offerId);
        if (ledger == null) {
            throw new IllegalStateException("journal names unknown offer " + offerId);
        }
        return ledger;
    }

    private OfferLedger requireLedgerOfHold(String holdId) {
        OfferLedger ledger = ledgerOfHold.get(holdId);
        if (ledger == null) {
            throw new IllegalStateException("journal names unknown hold " + holdId);
        }
        return ledger;
    }

    public Optional<Hold> find(String holdId, Instant now) {
        OfferLedger ledger = ledgerOfHold.get(holdId);
        if (ledger == null) {
            return Optional.empty();
        }
        synchronized (ledger) {
            return ledger.find(holdId, now);
        }
    }

    public Optional<EvacuationOffer> offer(String offerId) {
        return Optional.ofNullable(ledgers.get(offerId)).map(OfferLedger::offer);
    }

    /** Free seats now, or empty for an unknown offer. */
    public Optional<Integer> seatsFree(String offerId, Instant now) {
        OfferLedger ledger = ledgers.get(offerId);
        if (ledger == null) {
            return Optional.empty();
        }
        synchronized (ledger) {
            return Optional.of(ledger.free(now));
        }
    }

    public List<Hold> holds(String offerId, Instant now) {
        OfferLedger ledger = ledgers.get(offerId);
        if (ledger == null) {
            return List.of();
        }
        synchronized (ledger) {
            return ledger.holds(now);
        }
    }

    /** Every offer with its free seats at {@code now}, by offer id: the input of {@link OfferMatcher}. */
    public List<Availability> availability(Instant now) {
        return ledgers.values().stream().sorted(Comparator.comparing(l -> l.offer().id())).map(l -> {
            synchronized (l) {
                return new Availability(l.offer(), l.free(now));
            }
        }).toList();
    }
}
