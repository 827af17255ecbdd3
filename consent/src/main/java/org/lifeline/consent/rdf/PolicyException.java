// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.rdf;

import java.util.List;
import java.util.stream.Collectors;

/** A policy that failed to load: every problem found, each naming the file and the term at fault. */
public final class PolicyException extends RuntimeException {
    private final transient List<PolicyProblem> problems;

    public PolicyException(List<PolicyProblem> problems) {
        super(problems.size() + " problem(s) in policy:\n"
                + problems.stream().map(PolicyProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
