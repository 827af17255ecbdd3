// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

import org.lifeline.node.place.AreaCode;
import org.lifeline.node.store.RecordRef;

/** One active registration in an area: its record, where the registrant stays, and how many people (with dependants). */
public record RegisteredNational(RecordRef registration, AreaCode placeOfStay, int people) {
}
