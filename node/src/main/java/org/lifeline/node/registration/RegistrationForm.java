// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lifeline.node.place.AreaCode;

/**
 * What a national abroad fills in to register (R1-R2 minimal fields: name, contact, place of stay, emergency contacts,
 * dependants, travel dates, languages) and the consent given with it. Only structure is checked here; formats
 * (telephone, e-mail, language tags) are checked by the shapes when the record is built, so the person sees every
 * problem at once.
 */
public record RegistrationForm(Optional<String> givenName, Optional<String> familyName, Set<String> nationalities,
                               Set<String> languages, Optional<String> telephone, Optional<String> email,
                               Optional<String> locality, AreaCode placeOfStay, List<EmergencyContact> emergencyContacts,
                               List<Dependant> dependants, Optional<LocalDate> stayFrom, Optional<LocalDate> stayUntil,
                               ConsentChoice consent) {
    public RegistrationForm {
        nationalities = Set.copyOf(nationalities);
        languages = Set.copyOf(languages);
        emergencyContacts = List.copyOf(emergencyContacts);
        dependants = List.copyOf(dependants);
        if (givenName.isEmpty() && familyName.isEmpty()) {
            throw new IllegalArgumentException("a registration needs a given name or a family name");
        }
        if (telephone.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("a registration needs a telephone number or an e-mail address");
        }
    }

    /** Someone to call in an emergency, e.g. a relative at home (R1). */
    public record EmergencyContact(Optional<String> name, Optional<String> telephone, Optional<String> relationship) {
        public EmergencyContact {
            if (name.isEmpty() && telephone.isEmpty()) {
                throw new IllegalArgumentException("an emergency contact needs a name or a telephone number");
            }
        }
    }

    /** A child or other dependant travelling with the registrant (R7). */
    public record Dependant(Optional<String> givenName, Optional<String> familyName, Optional<Year> birthYear,
                            Set<String> nationalities) {
        public Dependant {
            nationalities = Set.copyOf(nationalities);
            if (givenName.isEmpty() && familyName.isEmpty()) {
                throw new IllegalArgumentException("a dependant needs a given name or a family name");
            }
        }
    }
}
