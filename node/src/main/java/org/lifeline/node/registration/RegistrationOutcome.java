// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.util.List;
import org.lifeline.node.store.RecordRef;
import org.lifeline.vocabulary.Violation;

/** Result of registering: both records stored, or the shape violations that kept them out (nothing stored). */
public sealed interface RegistrationOutcome {
    record Registered(RecordRef registration, RecordRef consent) implements RegistrationOutcome {
    }

    record Invalid(List<Violation> violations) implements RegistrationOutcome {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }
}
