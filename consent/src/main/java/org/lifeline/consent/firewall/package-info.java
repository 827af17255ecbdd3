// SPDX-License-Identifier: Apache-2.0
/**
 * The firewall: one rule per class behind the sealed {@link org.lifeline.consent.firewall.FirewallRule}. These rules
 * run before any agreement or consent rule and nothing in a request can switch them off. Rule classes are
 * package-private; the engine gets them from {@link org.lifeline.consent.firewall.FirewallRule#all()}.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.consent.firewall;
