// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

/**
 * Outcome of checking a proof, signature or receipt. Checks fail closed: anything not positively verified is
 * {@link Invalid}, with a stable code (for programs) and a detail (for people; ids, sizes and hashes only).
 */
public sealed interface Verification {

    Verification VALID = new Valid();

    boolean ok();

    static Verification invalid(String code, String detail) {
        return new Invalid(code, detail);
    }

    record Valid() implements Verification {
        @Override
        public boolean ok() {
            return true;
        }
    }

    record Invalid(String code, String detail) implements Verification {
        @Override
        public boolean ok() {
            return false;
        }
    }
}
