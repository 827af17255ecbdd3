// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/** A small client of a node's operator API (loopback), as the demo and the federation tests use it. */
public final class OperatorApi {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public OperatorApi(URI base) {
        this.base = base;
    }

    public Map<String, Object> post(String path, Map<String, Object> body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body))).build();
        return send(request);
    }

    public Map<String, Object> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build());
    }

    private Map<String, Object> send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 400) {
                throw new IOException(request.uri().getPath() + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSONObjectUtils.parse(r.body());
        } catch (ParseException e) {
            throw new IOException(request.uri().getPath() + " answered something that is not JSON", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
