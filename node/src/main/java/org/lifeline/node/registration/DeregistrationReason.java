// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.registration;

/** Why a registration ends (R4): the national went home, or asked to be removed. Sets the archived status. */
public enum DeregistrationReason {
    RETURNED("returned"), ON_REQUEST("de-registered");

    private final String status;

    DeregistrationReason(String status) {
        this.status = status;
    }

    /** Slug in {@code https://w3id.org/lifeline/registration-status/}. */
    public String status() {
        return status;
    }
}
