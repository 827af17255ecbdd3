// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.lifeline.node.io.ImportReport;
import org.lifeline.node.io.ImportService;
import org.lifeline.node.io.UnreadableInputException;

/**
 * Creates records from uploaded files. {@code POST /api/import?file=name.csv} stores every good row and answers with
 * the row-level report; {@code POST /api/records} (JSON-LD or Turtle) answers 201, or 422 listing every problem
 * when any record failed validation (valid records of the same body are stored either way, as in an import).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ImportController {
    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Post(value = "/api/import", consumes = {"text/csv", "text/turtle", RecordController.JSON_LD, MediaType.APPLICATION_OCTET_STREAM},
            produces = MediaType.APPLICATION_JSON)
    ImportResult importFile(@Body byte[] body, @QueryValue String file) {
        return ImportResult.of(run(body, file));
    }

    @Post(value = "/api/records", consumes = {RecordController.JSON_LD, "text/turtle"}, produces = MediaType.APPLICATION_JSON)
    HttpResponse<ImportResult> create(@Body byte[] body, io.micronaut.http.HttpRequest<?> request) {
        String ext = request.getContentType().map(t -> t.getName().equals("text/turtle") ? ".ttl" : ".jsonld").orElse(".jsonld");
        ImportReport report = run(body, "request" + ext);
        if (!report.allRowsImported()) {
            throw new ProblemException(Problem.of("invalid-record", "Invalid record", 422,
                    report.errors().size() + " problem(s) in the submitted records").withErrors(ImportResult.errorsOf(report)));
        }
        return HttpResponse.created(ImportResult.of(report));
    }

    private ImportReport run(byte[] body, String file) {
        try {
            return imports.importUpload(new ByteArrayInputStream(body), file, "operator-api");
        } catch (UnreadableInputException e) {
            throw new ProblemException(Problem.of("unreadable-input", "Unreadable input", 400, e.getMessage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What an import did, with every rejected row (file, line, field, reason). */
    @Serdeable
    record ImportResult(String file, long rowsRead, long created, long updated, long unchanged,
                        List<Problem.FieldError> errors, List<Problem.FieldError> warnings) {
        static ImportResult of(ImportReport r) {
            return new ImportResult(r.file(), r.rowsRead(), r.created(), r.updated(), r.unchanged(), errorsOf(r),
                    r.warnings().stream().map(w -> new Problem.FieldError(w.line(), w.field(), w.reason())).toList());
        }

        static List<Problem.FieldError> errorsOf(ImportReport r) {
            return r.errors().stream().map(e -> new Problem.FieldError(e.line(), e.field(), e.reason())).toList();
        }
    }
}
