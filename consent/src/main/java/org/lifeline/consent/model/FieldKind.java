// SPDX-License-Identifier: Apache-2.0
package org.lifeline.consent.model;

/** The value type a field carries in a {@link RecordView}; decides which generalisations can apply. */
public enum FieldKind {
    TEXT,
    CODE,
    DATE,
    PLACE,
    CONTACT,
    QUANTITY
}
