// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the firewall needs to know about the record's subject, read once per decision.
 *
 * @param nationalities  ISO 3166-1 alpha-2 codes from {@code nationality} (dual nationality is normal, R7)
 * @param possiblyChild  true when the subject may be under 18 at decision time: a partial date of birth counts at its
 *                       latest possible day, and a {@code specialNeed} whose slug starts with {@code child} counts too
 */
public record SubjectFacts(Set<String> nationalities, Set<ProtectionStatus> protection, boolean possiblyChild) {
    public SubjectFacts {
        nationalities = Set.copyOf(nationalities);
        protection = Set.copyOf(protection);
    }

    public static SubjectFacts of(RecordView record, Instant now) {
        Set<String> nationalities = record.values("nationality").stream()
                .map(v -> v.display().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<ProtectionStatus> protection = record.values("protectionStatus").stream()
                .flatMap(v -> Concept.parse(ProtectionStatus.class, v.display()).stream())
                .collect(Collectors.toSet());
        return new SubjectFacts(nationalities, protection, possiblyChild(record, now));
    }

    private static boolean possiblyChild(RecordView record, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean byAge = record.values("birthDate").stream()
                .anyMatch(v -> v instanceof FieldValue.PartialDate d && Ages.youngest(d, today) < Ages.ADULT);
        boolean byNeed = record.values("specialNeed").stream()
                .anyMatch(v -> slugOf(v.display()).startsWith("child"));
        return byAge || byNeed;
    }

    private static String slugOf(String code) {
        return code.substring(code.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    public boolean refugeeOrAsylumSeeker() {
        return protection.contains(ProtectionStatus.REFUGEE) || protection.contains(ProtectionStatus.ASYLUM_SEEKER);
    }
}
