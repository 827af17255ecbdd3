// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

/** The features the scorer compares (docs/matching.md lists each with its weights). */
public enum Feature {
    GIVEN_NAME,
    FAMILY_NAME,
    NAME_ORDER,
    BIRTH_DATE,
    SEX,
    NATIONALITY,
    PLACE
}
