// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.lifeline.node.NodeSettings;
import org.lifeline.node.io.RecordWriter;
import org.lifeline.node.store.RecordRef;
import org.lifeline.node.store.RecordStore;
import org.lifeline.node.store.RecordType;
import org.lifeline.node.store.StoredRecord;

/** Operator API over the node's own records: read, list, erase (create and import: {@link ImportController}). */
@Controller("/api/records")
public final class RecordController {
    static final String JSON_LD = "application/ld+json";

    private final RecordStore store;
    private final NodeSettings node;

    RecordController(RecordStore store, NodeSettings node) {
        this.store = store;
        this.node = node;
    }

    @Get(value = "/{type}/{id}", produces = {JSON_LD, "text/turtle"})
    HttpResponse<byte[]> get(String type, String id, @QueryValue(defaultValue = "jsonld") String format) {
        StoredRecord record = store.get(ref(type, id)).orElseThrow(() -> notFound(type, id));
        var out = new ByteArrayOutputStream();
        RecordWriter.Format f = "turtle".equals(format) ? RecordWriter.Format.TURTLE : RecordWriter.Format.JSONLD;
        RecordWriter.write(record.graph(), f, out);
        return HttpResponse.ok(out.toByteArray()).contentType(f == RecordWriter.Format.TURTLE ? "text/turtle" : JSON_LD);
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    RecordPage list(@QueryValue String type, @QueryValue(defaultValue = "0") int offset,
                    @QueryValue(defaultValue = "50") int limit) {
        RecordType t = type(type);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new ProblemException(Problem.of("bad-paging", "Bad paging", 400,
                    "offset must be >= 0 and limit 1..1000").withField(offset < 0 ? "offset" : "limit"));
        }
        List<RecordSummary> items = store.list(t, offset, limit).stream()
                .map(r -> new RecordSummary(r.ref().recordId(), r.ref().iri(), r.provenance().sourceNode(),
                        r.expiresOn().map(Object::toString).orElse(null)))
                .toList();
        return new RecordPage(t.slug(), store.count(t), offset, items);
    }

    @Delete("/{type}/{id}")
    HttpResponse<Void> erase(String type, String id) {
        if (!store.erase(ref(type, id))) {
            throw notFound(type, id);
        }
        return HttpResponse.noContent();
    }

    private RecordRef ref(String type, String id) {
        if (!RecordRef.validRecordId(id)) {
            throw new ProblemException(Problem.of("bad-record-id", "Bad record id", 400,
                    "record id must be 1-128 of A-Z a-z 0-9 . _ : -").withField("id"));
        }
        return new RecordRef(node.nodeId(), type(type), id);
    }

    private static RecordType type(String slug) {
        return RecordType.fromSlug(slug).orElseThrow(() -> new ProblemException(Problem.of("unknown-record-type",
                "Unknown record type", 400, "type must be one of " + RecordType.slugs()).withField("type")));
    }

    private static ProblemException notFound(String type, String id) {
        return new ProblemException(Problem.of("record-not-found", "No such record", 404,
                "no " + type + " record with id " + id + " on this node"));
    }

    /** One page of a listing: ids and IRIs only (read a record to see its content). */
    @Serdeable
    record RecordPage(String type, long total, int offset, List<RecordSummary> items) {
    }

    @Serdeable
    record RecordSummary(String id, String iri, String sourceNode, @io.micronaut.core.annotation.Nullable String expiresOn) {
    }
}
