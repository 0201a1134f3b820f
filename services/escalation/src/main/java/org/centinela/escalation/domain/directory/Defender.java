package org.centinela.escalation.domain.directory;

import java.time.Instant;
import java.util.Objects;

/**
 * A woman human rights defender whom the network protects: who she is and how to reach her
 * ({@link Profile}), the keyed hashes of her secrets ({@link Secrets}), and since when her phone is marked seized.
 * {@link #toString()} shows only her id.
 *
 * @param phoneSeizedSince when her phone was marked seized ("phone seized" mode: it may be in other hands, so nothing
 *                         from it cancels and she has no device of the panic app); null when it is not
 */
public record Defender(String id, Profile profile, Secrets secrets, Instant phoneSeizedSince) {

    public Defender {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(secrets, "secrets");
    }

    /** A defender whose phone is not marked seized. */
    public Defender(String id, Profile profile, Secrets secrets) {
        this(id, profile, secrets, null);
    }

    /** Whether her phone is marked seized. */
    public boolean phoneSeized() {
        return phoneSeizedSince != null;
    }

    /** The same defender with another profile and secrets (an edit): her phone stays as it is marked. */
    public Defender edited(Profile newProfile, Secrets newSecrets) {
        return new Defender(id, newProfile, newSecrets, phoneSeizedSince);
    }

    /**
     * What she is known by.
     *
     * @param phone        E.164; her SMS come from it
     * @param country      ISO 3166 alpha-2
     * @param policyId     the escalation policy that wakes her network
     * @param baselineRisk 0..3, the risk she lives with before any signal
     * @param smsReplies   whether intake answers her SMS (a seized phone may be read)
     * @param alias        the name her network knows her by, which her alert's brief says instead of her name; null
     *                     when she has none
     * @param organisation the organisation she works with; null when none is recorded
     */
    public record Profile(String name, String phone, String language, String country, String policyId,
            int baselineRisk, boolean smsReplies, String alias, String organisation) {

        public Profile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(policyId, "policyId");
            if (baselineRisk < 0 || baselineRisk > 3) {
                throw new IllegalArgumentException("baselineRisk must be 0..3, was " + baselineRisk);
            }
        }

        /** What her network calls her: her alias, else her name. */
        public String displayName() {
            return alias == null ? name : alias;
        }

        @Override
        public String toString() {
            return "Profile[policyId=" + policyId + "]";
        }
    }

    /**
     * The keyed hashes of her secrets, never the secrets.
     *
     * @param codeWordHash       the fingerprint of her code word's normal form; null when she has none
     * @param seizedCodeWordHash the fingerprint of the normal form of the code word she texts, from any phone, to
     *                           say hers was seized; null when she has none
     */
    public record Secrets(String pinHash, String duressPinHash, String codeWordHash, String seizedCodeWordHash) {

        public Secrets {
            Objects.requireNonNull(pinHash, "pinHash");
            Objects.requireNonNull(duressPinHash, "duressPinHash");
        }

        /** Secrets without a code word for a seized phone. */
        public Secrets(String pinHash, String duressPinHash, String codeWordHash) {
            this(pinHash, duressPinHash, codeWordHash, null);
        }

        @Override
        public String toString() {
            return "Secrets[withheld]";
        }
    }

    @Override
    public String toString() {
        return "Defender[id=" + id + "]";
    }
}
