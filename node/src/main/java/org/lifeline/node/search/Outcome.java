// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

/** How one feature of a query compared with the same feature of a record; the scorer weighs each (MatchScorer). */
public enum Outcome {
    /** Same normalised spelling (names) or same full date. */
    EXACT,
    /** Same phonetic code: a transliteration or spelling variant (names). */
    PHONETIC,
    /** Within a small edit distance: a typo (names). */
    FUZZY,
    /** Some but not all name tokens matched: a compound or partly given name. */
    PARTIAL,
    /** Day and month swapped (dates). */
    TRANSPOSED,
    YEAR_MONTH,
    YEAR,
    /** Year one apart or one digit wrong, rest equal (dates). */
    NEAR_YEAR,
    SAME_REGION,
    SAME_COUNTRY,
    AGREE,
    /** Given and family names matched only crosswise. */
    SWAPPED,
    DISAGREE
}
