// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "lifeline.node-id", value = "host")
@Property(name = "lifeline.data-dir", value = "target/test-nodes/operator-api")
class OperatorApiTest {
    private static final String CSV = """
            record_id,type,given_name,family_name,sex,birth_date,nationality,admin1,country
            api-1,person,Ana,Garcia,female,1990-04-02,XA,XH-3,XH
            api-2,person,Omar,Khalil,male,1979-13-40,XA,XH-3,XH
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void health_isUp() {
        assertThat(client.toBlocking().exchange("/health").getStatus().getCode()).isEqualTo(200);
    }

    @Test
    void prometheus_servesMetrics() {
        String body = client.toBlocking().retrieve("/prometheus");
        assertThat(body).contains("jvm_memory_used_bytes");
    }

    @Test
    void import_thenReadListAndErase() {
        Map<?, ?> report = client.toBlocking().retrieve(HttpRequest.POST("/api/import?file=people.csv", CSV)
                .contentType("text/csv"), Map.class);
        assertThat(((Number) report.get("created")).intValue() + ((Number) report.get("unchanged")).intValue()).isEqualTo(1);
        assertThat(report.get("errors").toString()).contains("line=3").contains("birth_date");

        String jsonLd = client.toBlocking().retrieve(HttpRequest.GET("/api/records/person/api-1").accept("application/ld+json"));
        assertThat(jsonLd).contains("Garcia").contains("https://host/id/person/api-1");

        Map<?, ?> page = client.toBlocking().retrieve("/api/records?type=person", Map.class);
        assertThat(page.get("items").toString()).contains("api-1");

        assertThat(client.toBlocking().exchange(HttpRequest.DELETE("/api/records/person/api-1")).getStatus().getCode()).isEqualTo(204);
        var gone = catchResponse(HttpRequest.GET("/api/records/person/api-1"));
        assertThat(gone.getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void errors_areProblemJsonNamingTheField() {
        HttpResponse<?> r = catchResponse(HttpRequest.GET("/api/records?type=spaceship"));
        assertThat(r.getStatus().getCode()).isEqualTo(400);
        assertThat(r.getContentType()).map(MediaType::toString).contains(ProblemHandler.PROBLEM_JSON);
        String body = r.getBody(String.class).orElse("");
        assertThat(body).contains("https://w3id.org/lifeline/problems/unknown-record-type").contains("\"field\":\"type\"");
    }

    @Test
    void unknownRoute_isProblemJsonToo() {
        HttpResponse<?> r = catchResponse(HttpRequest.GET("/no/such/thing"));
        assertThat(r.getStatus().getCode()).isEqualTo(404);
        assertThat(r.getBody(String.class).orElse("")).contains("https://w3id.org/lifeline/problems/not-found");
    }

    @Test
    void createRecord_withInvalidTurtle_is422WithEveryProblem() {
        String ttl = """
                @prefix ll: <https://w3id.org/lifeline/ns#> .
                <https://elsewhere/x/1> a ll:Person ; ll:recordId "bad id with spaces" .
                """;
        HttpResponse<?> r = catchResponse(HttpRequest.POST("/api/records", ttl).contentType("text/turtle"));
        assertThat(r.getStatus().getCode()).isEqualTo(422);
        assertThat(r.getBody(String.class).orElse("")).contains("recordId");
    }

    private HttpResponse<?> catchResponse(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}
