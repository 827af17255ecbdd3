// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts.jws;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.lifeline.node.alerts.AlertLevel;
import org.lifeline.node.alerts.CrisisAlert;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.place.GeoPoint;

/**
 * {@link CrisisAlert} to and from JWT claims (docs/alerts.md "Wire form"): registered claims {@code iss} (issuer
 * node), {@code jti} (alert id), {@code iat} (issued), {@code exp} (expires) per RFC 7519 §4.1, and {@code area},
 * {@code level}, {@code reason}, optional {@code polygon} ([[lat, lon], ...]), {@code supersedes}, {@code withdrawn}.
 */
final class AlertClaims {
    static final String TYPE = "lifeline-alert+jwt";

    private AlertClaims() {
    }

    static JWTClaimsSet encode(CrisisAlert a) {
        var b = new JWTClaimsSet.Builder().issuer(a.issuer()).jwtID(a.id()).issueTime(Date.from(a.issued()))
                .expirationTime(Date.from(a.expires())).claim("area", a.area().code())
                .claim("level", a.level().number()).claim("reason", a.reason());
        if (!a.polygon().isEmpty()) {
            b.claim("polygon", a.polygon().stream().map(p -> List.of(p.latitude(), p.longitude())).toList());
        }
        a.supersedes().ifPresent(s -> b.claim("supersedes", s));
        if (a.withdrawn()) {
            b.claim("withdrawn", true);
        }
        return b.build();
    }

    /** @throws ParseException or IllegalArgumentException (from the record's validation) when the claims are no alert */
    static CrisisAlert decode(JWTClaimsSet c) throws ParseException {
        Long level = c.getLongClaim("level");
        Boolean withdrawn = c.getBooleanClaim("withdrawn");
        return new CrisisAlert(required(c.getJWTID(), "jti"), required(c.getIssuer(), "iss"),
                AreaCode.of(required(c.getStringClaim("area"), "area")), polygon(c),
                AlertLevel.of(Math.toIntExact(required(level, "level"))), required(c.getStringClaim("reason"), "reason"),
                required(c.getIssueTime(), "iat").toInstant(), required(c.getExpirationTime(), "exp").toInstant(),
                Optional.ofNullable(c.getStringClaim("supersedes")), Boolean.TRUE.equals(withdrawn));
    }

    private static List<GeoPoint> polygon(JWTClaimsSet c) throws ParseException {
        List<Object> raw = c.getListClaim("polygon");
        if (raw == null) {
            return List.of();
        }
        List<GeoPoint> points = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (!(o instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof Number lat)
                    || !(pair.get(1) instanceof Number lon)) {
                throw new ParseException("claim polygon must be a list of [latitude, longitude] pairs", 0);
            }
            points.add(new GeoPoint(lat.doubleValue(), lon.doubleValue()));
        }
        return points;
    }

    private static <T> T required(T value, String name) throws ParseException {
        if (value == null) {
            throw new ParseException("claim " + name + " is missing", 0);
        }
        return value;
    }
}
