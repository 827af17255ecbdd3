// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

/** Carries a {@link Problem} from a controller to {@link ProblemHandler}, which renders it as problem+json. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.type() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
