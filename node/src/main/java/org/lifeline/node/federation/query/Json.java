// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.query;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small typed reads over the JSON maps of query payloads (Nimbus's JSON utilities, which the envelopes use too). */
final class Json {
    private final Map<String, Object> map;

    private Json(Map<String, Object> map) {
        this.map = map;
    }

    static Json parse(String json) throws InvalidQueryException {
        try {
            return new Json(JSONObjectUtils.parse(json));
        } catch (ParseException e) {
            throw new InvalidQueryException("", "query is not a JSON object");
        }
    }

    static String write(Map<String, ?> map) {
        return JSONObjectUtils.toJSONString(new java.util.LinkedHashMap<>(map));
    }

    Optional<String> string(String key) throws InvalidQueryException {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            throw new InvalidQueryException(key, "must be a string");
        }
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    List<String> strings(String key) throws InvalidQueryException {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new InvalidQueryException(key, "must be a string or a list of strings");
    }
}
