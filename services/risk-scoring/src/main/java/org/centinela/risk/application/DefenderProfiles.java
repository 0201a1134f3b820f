package org.centinela.risk.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.contracts.Invariants;

/**
 * What risk-scoring knows of each defender, from its local copy of {@code directory.people}: her baseline risk (0–3,
 * the risk she lives with before any signal) and her country, which her assessed signals carry so that incidents
 * can be documented by country. An unknown sender has neither.
 */
public final class DefenderProfiles {

    /** A defender's baseline risk and country (ISO 3166 alpha-2, null when her profile names none). */
    public record Profile(int baselineRisk, String country) {

        /** What is known of a sender who is no known defender: nothing. */
        public static final Profile NONE = new Profile(0, null);

        public Profile {
            Invariants.within(baselineRisk, 0, 3, "baselineRisk");
            Invariants.optionalCountry(country, "country");
        }
    }

    private final Map<String, Profile> byDefender = new ConcurrentHashMap<>();

    public void set(String defenderId, Profile profile) {
        byDefender.put(defenderId, profile);
    }

    public void forget(String defenderId) {
        byDefender.remove(defenderId);
    }

    /** Her profile; a defender not (yet) known has baseline 0 and no country. */
    public Profile of(String defenderId) {
        return byDefender.getOrDefault(defenderId, Profile.NONE);
    }
}
