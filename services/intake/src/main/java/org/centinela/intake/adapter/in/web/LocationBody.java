package org.centinela.intake.adapter.in.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.centinela.contracts.signal.Location;

/** Where the phone was, as the app sends it. */
public record LocationBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @PositiveOrZero Double accuracyM) {

    Location toLocation() {
        return new Location(lat, lon, accuracyM);
    }
}
