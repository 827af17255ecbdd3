// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.store;

/** What a write did to one record. UNCHANGED means the same content was already stored (idempotent re-import). */
public enum PutOutcome {
    CREATED, UPDATED, UNCHANGED
}
