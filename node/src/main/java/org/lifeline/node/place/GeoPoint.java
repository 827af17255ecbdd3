// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.place;

/** A WGS 84 point in decimal degrees, as CAP 1.2 polygons list them ("latitude,longitude", §3.2.4). */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("a point needs latitude in -90..90 and longitude in -180..180 but was "
                    + latitude + "," + longitude);
        }
    }
}
