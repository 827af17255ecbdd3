// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lifeline.node.place.AreaCode;
import org.lifeline.node.place.GeoPoint;

class CrisisAlertTest {
    private static final CrisisAlert A = Alerts.hostLevel4("CA-1", "HT-OU");

    @Test
    void level_outsideOneToFour_isRefusedWithItsRange() {
        assertThatThrownBy(() -> AlertLevel.of(5))
                .hasMessage("alert level must be 1 (precautionary) to 4 (evacuation) but was 5");
        assertThatThrownBy(() -> AlertLevel.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AlertLevel.of(3)).isEqualTo(AlertLevel.VOLUNTARY_REPATRIATION);
    }

    @Test
    void level_vitalInterestFromThreeOn() {
        assertThat(AlertLevel.RESTRICTION.permitsVitalInterest()).isFalse();
        assertThat(AlertLevel.VOLUNTARY_REPATRIATION.permitsVitalInterest()).isTrue();
        assertThat(AlertLevel.EVACUATION.conceptIri()).isEqualTo("https://w3id.org/lifeline/alert-level/4");
    }

    @Test
    void expiresNotAfterIssued_isRefused() {
        assertThatThrownBy(() -> CrisisAlert.issue("CA-2", "host.example", AreaCode.of("HT"), AlertLevel.EVACUATION,
                "r", Alerts.T0, Alerts.T0)).hasMessageContaining("not after it was issued");
    }

    @Test
    void unknownAreaFormat_isRefused() {
        assertThatThrownBy(() -> Alerts.hostLevel4("CA-2", "Ouest")).hasMessageStartingWith("unknown area format");
    }

    @Test
    void polygon_mustBeClosedRingOfFourPoints() {
        var open = List.of(new GeoPoint(18.5, -72.4), new GeoPoint(18.6, -72.2), new GeoPoint(18.4, -72.1),
                new GeoPoint(18.3, -72.3));
        assertThatThrownBy(() -> withPolygon(open)).hasMessageContaining("closed ring");
        var closed = List.of(open.get(0), open.get(1), open.get(2), open.get(0));
        assertThat(withPolygon(closed).polygon()).hasSize(4);
    }

    @Test
    void withdrawal_namesItsTarget_andIsNeverActive() {
        CrisisAlert w = A.withdrawnBy("CA-1w", "Aftershocks over.", Alerts.T0.plusSeconds(60));
        assertThat(w.supersededRef()).contains(A.ref());
        assertThat(w.isActiveAt(Alerts.T0.plusSeconds(120))).isFalse();
        assertThatThrownBy(() -> new CrisisAlert("CA-x", "host.example", A.area(), List.of(), A.level(), "r",
                A.issued(), A.expires(), Optional.empty(), true)).hasMessageContaining("must name the alert");
    }

    @Test
    void times_areWholeSeconds_andActiveWindowIsHalfOpen() {
        CrisisAlert a = CrisisAlert.issue("CA-3", "host.example", AreaCode.of("HT"), AlertLevel.PRECAUTIONARY, "r",
                Alerts.T0.plusMillis(900), Alerts.T0.plus(Duration.ofHours(1)));
        assertThat(a.issued()).isEqualTo(Alerts.T0);
        assertThat(a.isActiveAt(Alerts.T0)).isTrue();
        assertThat(a.isActiveAt(Alerts.T0.plus(Duration.ofHours(1)))).isFalse();
    }

    private static CrisisAlert withPolygon(List<GeoPoint> polygon) {
        return new CrisisAlert("CA-p", "host.example", AreaCode.of("HT-OU"), polygon, AlertLevel.EVACUATION, "r",
                Alerts.T0, Alerts.T0.plusSeconds(3600), Optional.empty(), false);
    }
}
