// SPDX-License-Identifier: Apache-2.0
/**
 * Generalisation: which coarser level a field is released at ({@link org.lifeline.consent.generalise.GeneralisationPlan})
 * and the pure functions that coarsen places, dates and dates of birth
 * ({@link org.lifeline.consent.generalise.Generaliser}).
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.consent.generalise;
