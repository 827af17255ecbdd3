// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/**
 * Why a field was released, generalised or withheld: the deciding rule plus a detail naming ids, levels or times
 * (never personal data: the detail ends up in explanations and the exchange log).
 */
public record Reason(RuleId rule, String detail) {
    public static Reason of(RuleId rule) {
        return new Reason(rule, "");
    }

    public static Reason of(RuleId rule, String detail) {
        return new Reason(rule, detail);
    }

    public String id() {
        return rule.id();
    }

    public String text() {
        return detail.isEmpty() ? rule.summary() : rule.summary() + " (" + detail + ")";
    }

    public String citation() {
        return rule.source();
    }
}
