// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.query;

/** A query payload that does not fit its kind; names the field and what was expected, never the value sent. */
public final class InvalidQueryException extends Exception {
    private final String field;

    public InvalidQueryException(String field, String problem) {
        super((field.isEmpty() ? "" : field + ": ") + problem, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
