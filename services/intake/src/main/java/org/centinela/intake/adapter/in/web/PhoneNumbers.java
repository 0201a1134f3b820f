package org.centinela.intake.adapter.in.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Phone numbers as senders write them, in E.164 (numbers without a country code get the default region). */
@ApplicationScoped
public class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(@ConfigProperty(name = "intake.default-region") String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The number in E.164, or empty when it is not a possible phone number (e.g. an alphanumeric sender). */
    public Optional<String> e164(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        try {
            var parsed = util.parse(number, defaultRegion);
            return util.isPossibleNumber(parsed)
                    ? Optional.of(util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
