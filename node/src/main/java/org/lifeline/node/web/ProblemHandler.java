// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The one place where failures become RFC 9457 problem+json: problems raised by controllers, and every error the
 * framework itself reports (unknown route, unreadable body, wrong method), so clients always get the same shape
 * and never a stack trace.
 */
@Singleton
@Produces(ProblemHandler.PROBLEM_JSON)
@Replaces(HateoasErrorResponseProcessor.class)
public final class ProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>>,
        ErrorResponseProcessor<Problem> {
    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        Problem p = exception.problem();
        return HttpResponse.<Problem>status(HttpStatus.valueOf(p.status())).contentType(PROBLEM_JSON).body(p);
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String detail = context.getErrors().isEmpty() ? status.getReason()
                : context.getErrors().get(0).getMessage();
        Problem p = Problem.of(slug(status), status.getReason(), status.getCode(),
                status.getCode() >= 500 ? "internal error; the node's log has the details" : safe(detail));
        return response.contentType(PROBLEM_JSON).body(p);
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case BAD_REQUEST -> "bad-request";
            default -> status.getCode() >= 500 ? "internal-error" : "http-" + status.getCode();
        };
    }

    /** Framework messages can quote request content; keep the first line only, bounded. */
    private static String safe(String detail) {
        String first = detail == null ? "" : detail.lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }
}
