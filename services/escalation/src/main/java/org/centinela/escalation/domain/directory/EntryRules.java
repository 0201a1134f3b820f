package org.centinela.escalation.domain.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.sms.CodeWord;
import org.centinela.escalation.domain.policy.Violation;

/**
 * The rules the fields of a directory entry follow, each adding what is wrong to a list of violations so
 * that an operator sees everything at once. A violation names the field and the rule, never the value.
 */
public final class EntryRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ALIAS_LENGTH = 100;
    static final int MIN_PIN_DIGITS = 4;
    static final int MAX_PIN_DIGITS = 8;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,200}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String ALL_CHANNELS = "SMS, VOICE, EMAIL";

    private EntryRules() {
    }

    /** Whether {@code id} can name a group or a policy: 1 to 64 letters, digits, '.', '_' or '-'. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static void id(String field, String id, List<Violation> violations) {
        if (!isId(id)) {
            violations.add(Violation.of(field,
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", "not-an-id"));
        }
    }

    static void name(String field, String name, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(Violation.of(field, "must not be blank", "blank"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(Violation.of(field, "must be at most " + MAX_NAME_LENGTH + " characters", "too-long",
                    MAX_NAME_LENGTH));
        }
    }

    /** A text that may be left out: stripped, null when blank; refused when longer than {@code max}. */
    static String optionalText(String field, String text, int max, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            violations.add(Violation.of(field, "must be at most " + max + " characters", "too-long", max));
        }
        return stripped;
    }

    static String phone(String phone, String defaultRegion, List<Violation> violations) {
        if (phone == null || phone.isBlank()) {
            violations.add(Violation.of("phone", "is required", "required"));
            return null;
        }
        Optional<String> e164 = PhoneNumber.e164(phone, defaultRegion);
        if (e164.isEmpty()) {
            violations.add(Violation.of("phone", "must be a valid phone number, in E.164 (+502…) or of region "
                    + defaultRegion, "not-a-phone", defaultRegion));
        }
        return e164.orElse(null);
    }

    static String email(String email, List<Violation> violations) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 320 || !EMAIL.matcher(trimmed).matches()) {
            violations.add(Violation.of("email", "must be an e-mail address", "not-an-email"));
        }
        return trimmed;
    }

    static void language(String language, List<Violation> violations) {
        if (language == null || language.isBlank()) {
            violations.add(Violation.of("language", "is required", "required"));
        } else if (!Languages.isKnown(language)) {
            violations.add(Violation.of("language", "must be an ISO 639 code in lowercase, such as es, en, quc or mam",
                    "not-a-language"));
        }
    }

    static void country(String country, List<Violation> violations) {
        if (country == null || country.isBlank()) {
            violations.add(Violation.of("country", "is required", "required"));
        } else if (!COUNTRIES.contains(country)) {
            violations.add(Violation.of("country", "must be an ISO 3166 alpha-2 code in capitals, such as GT",
                    "not-a-country"));
        }
    }

    static String username(String username, List<Violation> violations) {
        if (username == null || username.isBlank()) {
            return null;
        }
        if (!USERNAME.matcher(username).matches()) {
            violations.add(Violation.of("username", "must be a Keycloak user name: letters, digits, '.', '_', '@' or '-'",
                    "not-a-username"));
        }
        return username;
    }

    static Set<Channel> channels(List<String> channels, boolean hasEmail, List<Violation> violations) {
        Set<Channel> parsed = EnumSet.noneOf(Channel.class);
        if (channels == null || channels.isEmpty()) {
            violations.add(Violation.of("channels", "must not be empty: " + ALL_CHANNELS, "empty"));
            return parsed;
        }
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            try {
                if (!parsed.add(Channel.valueOf(channel))) {
                    violations.add(Violation.of("channels[" + i + "]", "repeats a channel", "repeated"));
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                violations.add(Violation.of("channels[" + i + "]", "must be one of " + ALL_CHANNELS, "not-one-of",
                        ALL_CHANNELS));
            }
        }
        if (parsed.contains(Channel.EMAIL) && !hasEmail) {
            violations.add(Violation.of("channels", "has EMAIL but there is no email", "email-channel-without-email"));
        }
        return parsed;
    }

    /** A PIN: {@value #MIN_PIN_DIGITS} to {@value #MAX_PIN_DIGITS} digits, as the SMS grammar reads it. */
    static void pin(String field, String pin, boolean required, List<Violation> violations) {
        if (pin == null) {
            if (required) {
                violations.add(Violation.of(field, "is required", "required"));
            }
        } else if (pin.length() < MIN_PIN_DIGITS || pin.length() > MAX_PIN_DIGITS || !DIGITS.matcher(pin).matches()) {
            violations.add(Violation.of(field, "must be " + MIN_PIN_DIGITS + " to " + MAX_PIN_DIGITS + " digits",
                    "not-a-pin", MIN_PIN_DIGITS, MAX_PIN_DIGITS));
        }
    }

    /**
     * A code word ({@code field}: {@code codeWord}, {@code seizedCodeWord}) intake's SMS grammar will read as hers;
     * {@code ""} (no code word) is left to the caller.
     */
    static void codeWord(String field, String codeWord, List<Violation> violations) {
        if (codeWord != null && !codeWord.isEmpty()) {
            CodeWord.refusal(codeWord).ifPresent(refusal -> violations.add(
                    Violation.of(field, refusal.rule(), refusal.code(), refusal.args().toArray())));
        }
    }

    static void baselineRisk(Integer baselineRisk, List<Violation> violations) {
        if (baselineRisk == null) {
            violations.add(Violation.of("baselineRisk", "is required", "required"));
        } else if (baselineRisk < 0 || baselineRisk > 3) {
            violations.add(Violation.of("baselineRisk", "must be 0..3", "out-of-range", 0, 3));
        }
    }

    static List<Violation> list() {
        return new ArrayList<>();
    }
}
