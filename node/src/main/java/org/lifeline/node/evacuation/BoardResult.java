// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

/** Outcome of a board operation: done (with the resulting value) or refused with a reason; never an exception. */
public sealed interface BoardResult<T> {
    record Done<T>(T value) implements BoardResult<T> {
    }

    record Refused<T>(Refusal refusal) implements BoardResult<T> {
    }

    static <T> BoardResult<T> done(T value) {
        return new Done<>(value);
    }

    static <T> BoardResult<T> refused(RefusalCode code, String message) {
        return new Refused<>(new Refusal(code, message));
    }
}
