// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.generalise;

import java.util.Optional;
import org.lifeline.consent.model.DecisionContext;
import org.lifeline.consent.model.FieldCatalogue;
import org.lifeline.consent.model.GeneralisationLevel;
import org.lifeline.consent.model.Reason;
import org.lifeline.consent.model.RuleId;

/**
 * The level a releasable field must be coarsened to, with the rule that asks for it: the agreement's generalised-only
 * fields, and for aggregates the catalogue's minimum (places to admin-1, dates to year, birth dates to age band).
 * When both apply, the coarser wins.
 */
public record GeneralisationPlan(GeneralisationLevel level, Reason reason) {

    public static Optional<GeneralisationPlan> of(DecisionContext context, String field) {
        var request = context.request();
        Optional<GeneralisationLevel> byAgreement = request.agreement().flatMap(a -> a.generalisationOf(field));
        Optional<GeneralisationLevel> byAggregate =
                request.aggregate() ? FieldCatalogue.aggregateLevel(field) : Optional.empty();
        if (byAggregate.isPresent()) {
            GeneralisationLevel level = byAgreement.map(byAggregate.get()::coarser).orElse(byAggregate.get());
            return Optional.of(new GeneralisationPlan(level, Reason.of(RuleId.GENERALISE_AGGREGATE, level.slug())));
        }
        return byAgreement.map(level -> new GeneralisationPlan(level, Reason.of(RuleId.GENERALISE_AGREEMENT,
                request.agreement().orElseThrow().id() + ", to " + level.slug())));
    }
}
