// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.consent.firewall.FirewallRule;
import org.lifeline.consent.generalise.GeneralisationPlan;
import org.lifeline.consent.generalise.Generaliser;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.DisclosureRequest;
import org.lifeline.consent.model.FieldRule;
import org.lifeline.consent.model.FieldValue;
import org.lifeline.consent.model.LegalBasis;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RecordRule;
import org.lifeline.consent.model.RecordView;
import org.lifeline.consent.model.RuleId;
import org.lifeline.consent.rules.AccessRule;

/**
 * Decides, field by field, what of a record may leave the node. Pure and deterministic: no IO, no clock (the decision
 * time is in the request), no shared mutable state, so one instance serves every thread.
 *
 * <p>First the record rules (firewall, then access): an objection withholds every field with that one reason. Then,
 * per field, the field rules (firewall, then access): the first objection withholds the field with its reason. A field nobody objects to is released under the claimed legal basis, or generalised when the agreement or
 * the aggregate level asks for it (withheld if its value cannot be coarsened).
 */
public final class ConsentEngine {
    private final List<RecordRule> recordRules;
    private final List<FieldRule> fieldRules;

    private ConsentEngine(List<RecordRule> recordRules, List<FieldRule> fieldRules) {
        this.recordRules = List.copyOf(recordRules);
        this.fieldRules = List.copyOf(fieldRules);
    }

    /** The engine with every firewall rule, each kind followed by the access rules of that kind. */
    public static ConsentEngine standard() {
        List<RecordRule> recordRules = new ArrayList<>(FirewallRule.recordRules());
        recordRules.addAll(AccessRule.recordRules());
        List<FieldRule> fieldRules = new ArrayList<>(FirewallRule.fieldRules());
        fieldRules.addAll(AccessRule.fieldRules());
        return new ConsentEngine(recordRules, fieldRules);
    }

    public Disclosure decide(DisclosureRequest request, RecordView record) {
        DecisionContext context = DecisionContext.of(request, record);
        Optional<Reason> refusal = refusal(context);
        List<FieldDecision> decisions = new ArrayList<>(record.fields().size());
        for (Map.Entry<String, List<FieldValue>> field : record.fields().entrySet()) {
            decisions.add(refusal.isPresent()
                    ? FieldDecision.withhold(field.getKey(), refusal.get())
                    : decide(context, field.getKey(), field.getValue()));
        }
        return new Disclosure(record.recordId(), decisions);
    }

    private Optional<Reason> refusal(DecisionContext context) {
        for (RecordRule rule : recordRules) {
            Optional<Reason> objection = rule.refuses(context);
            if (objection.isPresent()) {
                return objection;
            }
        }
        return Optional.empty();
    }

    private FieldDecision decide(DecisionContext context, String field, List<FieldValue> values) {
        for (FieldRule rule : fieldRules) {
            Optional<Reason> objection = rule.withholds(context, field);
            if (objection.isPresent()) {
                return FieldDecision.withhold(field, objection.get());
            }
        }
        Optional<GeneralisationPlan> plan = GeneralisationPlan.of(context, field);
        if (plan.isEmpty()) {
            return FieldDecision.release(field, values, releaseReason(context));
        }
        var level = plan.get().level();
        return Generaliser.apply(values, level, context.request().now())
                .map(coarse -> FieldDecision.generalise(field, level, coarse, plan.get().reason()))
                .orElseGet(() -> FieldDecision.withhold(field, Reason.of(RuleId.GENERALISE_IMPOSSIBLE, level.slug())));
    }

    private static Reason releaseReason(DecisionContext context) {
        String agreement = context.request().agreement().orElseThrow().id();
        LegalBasis basis = context.request().legalBasis();
        return switch (basis) {
            case CONSENT -> {
                var consent = context.consent().inForce().orElseThrow();
                yield Reason.of(RuleId.RELEASE_CONSENT, consent.id() + " v" + consent.version() + ", " + agreement);
            }
            case AGREEMENT -> Reason.of(RuleId.RELEASE_AGREEMENT, agreement);
            case VITAL_INTEREST -> Reason.of(RuleId.RELEASE_VITAL_INTEREST,
                    agreement + ", level " + context.request().crisisLevel().value());
        };
    }
}
