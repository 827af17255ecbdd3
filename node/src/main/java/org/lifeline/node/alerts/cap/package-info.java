// SPDX-License-Identifier: Apache-2.0
/**
 * Export of crisis alerts as OASIS Common Alerting Protocol 1.2 XML (http://docs.oasis-open.org/emergency/cap/v1.2/),
 * so existing alerting systems can display Lifeline alerts. Writing only, with the JDK's StAX; no parsing of CAP here.
 */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.alerts.cap;
