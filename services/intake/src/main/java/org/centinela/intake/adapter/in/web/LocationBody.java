package org.centinela.intake.adapter.in.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.centinela.contracts.signal.Location;

/**
 * Where the phone was, as the app sends it. Its accuracy is at most half the Earth's circumference: a number JSON
 * reads as infinite ({@code 1e400}) is refused as any other impossible value.
 */
public record LocationBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @PositiveOrZero @DecimalMax(MAX_ACCURACY_M) Double accuracyM) {

    static final String MAX_ACCURACY_M = "20040000";

    Location toLocation() {
        return new Location(lat, lon, accuracyM);
    }
}
