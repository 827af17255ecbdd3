// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of a federation check: the verified value, or every reason it was refused. Refusal is a value, not an
 * exception (style rule 5); a rejected verdict always has at least one reason, so "no reasons" cannot mean "accept".
 */
public sealed interface Verdict<T> {
    record Accepted<T>(T value) implements Verdict<T> {
    }

    record Rejected<T>(List<Rejection> reasons) implements Verdict<T> {
        public Rejected {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one reason");
            }
            reasons = List.copyOf(reasons);
        }
    }

    static <T> Verdict<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Verdict<T> rejected(List<Rejection> reasons) {
        return new Rejected<>(reasons);
    }

    static <T> Verdict<T> rejected(RejectionCode code, String message) {
        return new Rejected<>(List.of(Rejection.of(code, message)));
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** Codes of all reasons (empty when accepted), for problem+json and log lines. */
    default Set<RejectionCode> codes() {
        return this instanceof Rejected<T> r
                ? r.reasons().stream().map(Rejection::code).collect(Collectors.toUnmodifiableSet())
                : Set.of();
    }

    default <U> Verdict<U> map(Function<T, U> mapper) {
        return switch (this) {
            case Accepted<T> a -> new Accepted<>(mapper.apply(a.value()));
            case Rejected<T> r -> new Rejected<>(r.reasons());
        };
    }
}
