package org.centinela.notification.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How messages are sent.
 *
 * @param gsm7Only         whether SMS are transliterated to the GSM-7 alphabet (160 characters a segment
 *                         instead of 70 when a text has á, í, ó or ú)
 * @param publicBaseUrl    where people reach this service: acknowledgement and brief links start with it
 * @param ackLinkValidFor  how long after the request an acknowledgement link works
 * @param briefLinkValidFor how long after the request a brief link works (and the alert is not over)
 * @param reconcileWindow  how far before an attempt the provider's records are searched for what it sent
 *                         (clock differences)
 */
public record SendSettings(boolean gsm7Only, String publicBaseUrl, Duration ackLinkValidFor, Duration briefLinkValidFor,
        Duration reconcileWindow) {

    public SendSettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl must not be null");
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        if (!publicBaseUrl.startsWith("http://") && !publicBaseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("notification.public-base-url must be an absolute http(s) URL");
        }
        if (ackLinkValidFor == null || ackLinkValidFor.isNegative() || ackLinkValidFor.isZero()) {
            throw new IllegalArgumentException("ackLinkValidFor must be positive");
        }
        if (briefLinkValidFor == null || briefLinkValidFor.isNegative() || briefLinkValidFor.isZero()) {
            throw new IllegalArgumentException("briefLinkValidFor must be positive");
        }
        Objects.requireNonNull(reconcileWindow, "reconcileWindow must not be null");
    }
}
