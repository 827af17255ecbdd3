// SPDX-License-Identifier: Apache-2.0
/**
 * Access rules: whether the invoked agreement, the claimed legal basis (consent, agreement, vital interest) and the
 * subject's consent cover a field. One rule per class behind the sealed {@link org.lifeline.consent.rules.AccessRule};
 * they run only after the firewall has had its say, and can withhold but never override a firewall decision.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.consent.rules;
