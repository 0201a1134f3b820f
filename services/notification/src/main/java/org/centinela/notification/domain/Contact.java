package org.centinela.notification.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.centinela.contracts.notification.Channel;

/**
 * Where and how to reach a person: what notification keeps of her snapshot on {@code directory.people}
 * (no PIN or token hashes). Her name, phone and email are personal data: {@link #toString()} withholds
 * them, and they never reach a log, an exception or an event.
 *
 * @param personId her id in the directory
 * @param name     her name, as "someone is on it" messages tell the others who acknowledged
 * @param phone    her phone number in E.164
 * @param email    her e-mail address; null when she has none
 * @param language the language of her messages, e.g. {@code es}, {@code en}, {@code quc}
 * @param channels the channels she may be contacted on
 */
public record Contact(String personId, String name, String phone, String email, String language,
        Set<Channel> channels) {

    public Contact {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("personId must not be blank");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException("phone must not be blank");
        }
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        language = language.toLowerCase(Locale.ROOT);
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels must not be null"));
    }

    /** Where a message on {@code channel} goes: her phone for SMS and voice, her email for EMAIL (may be absent). */
    public java.util.Optional<String> address(Channel channel) {
        return java.util.Optional.ofNullable(channel == Channel.EMAIL ? email : phone);
    }

    /** Her id only: contact details are withheld. */
    @Override
    public String toString() {
        return "Contact[personId=" + personId + "]";
    }
}
