// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent;

/** What happens to one field of an outgoing record. */
public enum Action {
    RELEASE,
    /** Released at a named coarser level only. */
    GENERALISE,
    WITHHOLD
}
