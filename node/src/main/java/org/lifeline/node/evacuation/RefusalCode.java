// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

/**
 * Why the board refused an operation or an offer does not fit a request. The slug is stable (wire and logs); the
 * rule id {@code evacuation.<slug>} is what decisions and the exchange log cite.
 */
public enum RefusalCode {
    UNKNOWN_OFFER("unknown-offer"),
    UNKNOWN_HOLD("unknown-hold"),
    DUPLICATE_OFFER("duplicate-offer"),
    WINDOW_IN_PAST("window-in-past"),
    WINDOW_CLOSED("window-closed"),
    NO_SEATS("no-seats"),
    NOT_ENOUGH_SEATS("not-enough-seats"),
    HOLD_EXPIRED("hold-expired"),
    WRONG_STATE("wrong-state"),
    NOT_ELIGIBLE("not-eligible"),
    OTHER_COUNTRY("other-country");

    private final String slug;

    RefusalCode(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String ruleId() {
        return "evacuation." + slug;
    }
}
