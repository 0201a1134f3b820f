package org.centinela.console.domain.risk;

import java.util.Objects;

/**
 * A circle on the map known to be dangerous: a signal sent from inside it scores higher.
 *
 * @param id     its stable name in factor codes
 * @param name   how operators call it
 * @param weight the points it adds, {@code null} for the model's hot zone weight
 */
public record HotZone(String id, String name, double lat, double lon, int radiusMetres, Integer weight) {

    public HotZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
