// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation.file;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lifeline.node.evacuation.BoardEvent;
import org.lifeline.node.evacuation.BoardJournal;
import org.lifeline.node.evacuation.Delegation;
import org.lifeline.node.evacuation.Eligibility;
import org.lifeline.node.evacuation.EvacuationOffer;
import org.lifeline.node.evacuation.Hold;
import org.lifeline.node.evacuation.HoldState;
import org.lifeline.node.evacuation.ProviderKind;
import org.lifeline.node.journal.LineJournal;
import org.lifeline.node.place.AreaCode;

/**
 * {@link BoardJournal} as one JSON object per line (docs/evacuation.md "Journal"), members sorted, instants as RFC
 * 3339 strings: {@code {"event":"offer"|"hold"|"move", ...}}. JSON lines rather than TDB2 records: the board needs an
 * ordered, append-only history with one fsync per event, which a line file gives directly, and events carry no
 * personal data (counts, ids, areas), so nothing here falls under record retention. A line that does not decode
 * is a hard error: a journal that cannot be read must stop the node, not silently lose holds.
 */
public final class JsonLinesBoardJournal implements BoardJournal {
    private final LineJournal lines;

    public JsonLinesBoardJournal(LineJournal lines) {
        this.lines = lines;
    }

    @Override
    public void append(BoardEvent event) {
        lines.append(JSONObjectUtils.toJSONString(encode(event)));
    }

    @Override
    public List<BoardEvent> readAll() {
        List<BoardEvent> events = new ArrayList<>();
        List<String> all = lines.readAll();
        for (int i = 0; i < all.size(); i++) {
            try {
                events.add(decode(JSONObjectUtils.parse(all.get(i))));
            } catch (ParseException | RuntimeException e) {
                throw new IllegalStateException("evacuation journal line " + (i + 1) + " cannot be read", e);
            }
        }
        return events;
    }

    static Map<String, Object> encode(BoardEvent event) {
        var json = new TreeMap<String, Object>();
        json.put("at", event.at().toString());
        switch (event) {
            case BoardEvent.OfferPublished p -> {
                json.put("event", "offer");
                json.put("offer", offer(p.offer()));
            }
            case BoardEvent.HoldPlaced p -> {
                json.put("event", "hold");
                json.put("hold", hold(p.hold()));
            }
            case BoardEvent.HoldMoved m -> {
                json.put("event", "move");
                json.put("hold", m.holdId());
                json.put("to", m.to().name());
            }
        }
        return json;
    }

    static BoardEvent decode(Map<String, Object> json) throws ParseException {
        Instant at = Instant.parse(JSONObjectUtils.getString(json, "at"));
        return switch (JSONObjectUtils.getString(json, "event")) {
            case "offer" -> new BoardEvent.OfferPublished(offer(JSONObjectUtils.getJSONObject(json, "offer")), at);
            case "hold" -> new BoardEvent.HoldPlaced(hold(JSONObjectUtils.getJSONObject(json, "hold")));
            case "move" -> new BoardEvent.HoldMoved(JSONObjectUtils.getString(json, "hold"),
                    HoldState.valueOf(JSONObjectUtils.getString(json, "to")), at);
            default -> throw new ParseException("unknown event kind", 0);
        };
    }

    private static Map<String, Object> offer(EvacuationOffer o) {
        var json = new TreeMap<String, Object>();
        json.put("id", o.id());
        json.put("provider", o.providerNode());
        json.put("providerKind", o.providerKind().slug());
        json.put("mode", o.mode());
        json.put("departure", o.departure().code());
        json.put("destination", o.destination().code());
        json.put("windowStart", o.windowStart().toString());
        json.put("windowEnd", o.windowEnd().toString());
        json.put("capacity", o.capacity());
        json.put("eligibility", o.eligibility().slug());
        switch (o.eligibility()) {
            case Eligibility.OwnNationals own -> json.put("countries", List.of(own.country()));
            case Eligibility.ListedCountries listed -> json.put("countries", listed.countries().stream().sorted()
                    .toList());
            case Eligibility.AnyNationality any -> { }
        }
        json.put("cost", o.cost());
        return json;
    }

    private static EvacuationOffer offer(Map<String, Object> j) throws ParseException {
        return new EvacuationOffer(JSONObjectUtils.getString(j, "id"), JSONObjectUtils.getString(j, "provider"),
                ProviderKind.ofSlug(JSONObjectUtils.getString(j, "providerKind")), JSONObjectUtils.getString(j, "mode"),
                AreaCode.of(JSONObjectUtils.getString(j, "departure")),
                AreaCode.of(JSONObjectUtils.getString(j, "destination")), instant(j, "windowStart"),
                instant(j, "windowEnd"), JSONObjectUtils.getInt(j, "capacity"), eligibility(j),
                JSONObjectUtils.getString(j, "cost"));
    }

    private static Eligibility eligibility(Map<String, Object> j) throws ParseException {
        String slug = JSONObjectUtils.getString(j, "eligibility");
        if ("any-nationality".equals(slug)) {
            return new Eligibility.AnyNationality();
        }
        List<String> countries = JSONObjectUtils.getStringList(j, "countries");
        return switch (slug) {
            case "own-nationals" -> new Eligibility.OwnNationals(countries.getFirst());
            case "listed-countries" -> new Eligibility.ListedCountries(Set.copyOf(countries));
            default -> throw new ParseException("unknown eligibility", 0);
        };
    }

    private static Map<String, Object> hold(Hold h) {
        var json = new TreeMap<String, Object>();
        json.put("id", h.id());
        json.put("offer", h.offerId());
        json.put("request", h.requestId());
        json.put("actor", h.actingNode());
        h.onBehalfOf().ifPresent(d -> json.put("onBehalfOf", Map.of("state", d.principalState(),
                "agreement", d.agreementId())));
        json.put("seats", h.seats());
        json.put("placed", h.placed().toString());
        json.put("expires", h.expires().toString());
        return json;
    }

    private static Hold hold(Map<String, Object> j) throws ParseException {
        Map<String, Object> d = JSONObjectUtils.getJSONObject(j, "onBehalfOf");
        Optional<Delegation> delegation = d == null ? Optional.empty()
                : Optional.of(new Delegation(JSONObjectUtils.getString(d, "state"),
                        JSONObjectUtils.getString(d, "agreement")));
        return new Hold(JSONObjectUtils.getString(j, "id"), JSONObjectUtils.getString(j, "offer"),
                JSONObjectUtils.getString(j, "request"), JSONObjectUtils.getString(j, "actor"), delegation,
                JSONObjectUtils.getInt(j, "seats"), instant(j, "placed"), instant(j, "expires"), HoldState.HELD);
    }

    private static Instant instant(Map<String, Object> j, String name) throws ParseException {
        return Instant.parse(JSONObjectUtils.getString(j, name));
    }
}
