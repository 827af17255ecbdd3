// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.function.Function;

/** Result of decoding untrusted bytes or text: the value, or why it was refused. Never thrown. */
public sealed interface Parsed<T> {

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> refused(String reason) {
        return new Refused<>(reason);
    }

    /** The value; throws for a refusal, so call it only where a refusal is a bug (e.g. our own encoder's output). */
    T orThrow();

    <U> Parsed<U> map(Function<T, U> mapper);

    record Ok<T>(T value) implements Parsed<T> {
        @Override
        public T orThrow() {
            return value;
        }

        @Override
        public <U> Parsed<U> map(Function<T, U> mapper) {
            return new Ok<>(mapper.apply(value));
        }
    }

    record Refused<T>(String reason) implements Parsed<T> {
        @Override
        public T orThrow() {
            throw new IllegalStateException("refused: " + reason);
        }

        @Override
        public <U> Parsed<U> map(Function<T, U> mapper) {
            return new Refused<>(reason);
        }
    }
}
