// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * RFC 9457 problem details. {@code type} is a stable URI per kind of problem (clients switch on it); {@code field}
 * names the input field at fault; {@code errors} lists row-level problems of an import.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, @Nullable String field,
                      @Nullable List<FieldError> errors) {
    public static final String BASE = "https://w3id.org/lifeline/problems/";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail, null, null);
    }

    public Problem withField(String f) {
        return new Problem(type, title, status, detail, f, errors);
    }

    public Problem withErrors(List<FieldError> list) {
        return new Problem(type, title, status, detail, field, list);
    }

    /** One problem located in the input: line (0 when not applicable), field and reason. */
    @Serdeable
    public record FieldError(long line, String field, String reason) {
    }
}
