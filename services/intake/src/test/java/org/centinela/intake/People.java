package org.centinela.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.sms.CodeWord;

/** People of the network as escalation publishes them, with secrets hashed as escalation hashes them. */
public final class People {

    public static final String PIN = "4821";
    public static final String DURESS_PIN = "1973";
    public static final String CODE_WORD = "girasol";
    public static final String DEVICE_TOKEN = "device-token-of-marta-0123456789abcdefghijklmnopqrstuvwxyz";

    private People() {
    }

    public static PersonSnapshot defender(PepperedHash hashes, String id, String phone, boolean smsReplies) {
        return defender(hashes, id, phone, smsReplies, PIN, DURESS_PIN);
    }

    /** A defender with PINs of her own: a test that looks for them everywhere finds no other test's. */
    public static PersonSnapshot defender(PepperedHash hashes, String id, String phone, boolean smsReplies, String pin,
            String duressPin) {
        return new PersonSnapshot(id, PersonRole.DEFENDER, "Marta", phone, null, "es",
                "GT", Set.of(Channel.SMS), null, 2, smsReplies, hashes.hashPin(pin), hashes.hashPin(duressPin),
                hashes.fingerprint(CODE_WORD), List.of(hashes.fingerprint(DEVICE_TOKEN + id)), Instant.now());
    }

    /** Eight digits no other test uses, to find wherever they went. */
    public static String uniquePin() {
        return String.valueOf(70_000_000 + (long) (Math.random() * 29_999_999));
    }

    public static PersonSnapshot responder(String id, String phone, String language) {
        return new PersonSnapshot(id, PersonRole.RESPONDER, "Ana", phone, null, language,
                "GT", Set.of(Channel.SMS, Channel.VOICE), "ana", 0, true, null, null, null, List.of(), Instant.now());
    }

    /** An operator of the network, who also answers alerts from her phone. */
    public static PersonSnapshot operator(String id, String phone) {
        return new PersonSnapshot(id, PersonRole.OPERATOR, "Lucía", phone, null, "es",
                "GT", Set.of(Channel.SMS), "lucia", 0, true, null, null, null, List.of(), Instant.now());
    }

    /** A Guatemalan mobile number drawn at random, so that a test's sender is nobody else's (nor any rate limit's). */
    public static String uniquePhone() {
        return "+5026" + (1_000_000 + (long) (Math.random() * 8_999_999));
    }

    /** A code word of letters no other test registers, so that an SMS starting with it names one defender only. */
    public static String uniqueCodeWord() {
        StringBuilder word = new StringBuilder("tulipan");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (int) (Math.random() * 26)));
        }
        return word.toString();
    }

    /** Her snapshot with {@code seizedCodeWord} registered to say her phone was seized; the mode is still off. */
    public static PersonSnapshot withSeizedCodeWord(PepperedHash hashes, PersonSnapshot defender, String seizedCodeWord) {
        return defender.withSeizure(false, hashes.fingerprint(CodeWord.normalise(seizedCodeWord)));
    }

    /** Her snapshot in "phone seized" mode, as escalation publishes it: none of her device tokens is left. */
    public static PersonSnapshot seized(PepperedHash hashes, PersonSnapshot defender, String seizedCodeWord) {
        return withoutDevices(defender).withSeizure(true, hashes.fingerprint(CodeWord.normalise(seizedCodeWord)));
    }

    /** Her snapshot once every device token of hers was revoked. */
    public static PersonSnapshot withoutDevices(PersonSnapshot p) {
        return new PersonSnapshot(p.schemaVersion(), p.personId(), p.role(), p.name(), p.phone(), p.email(),
                p.language(), p.country(), p.channels(), p.username(), p.baselineRisk(), p.smsReplies(), p.pinHash(),
                p.duressPinHash(), p.codeWordHash(), List.of(), Instant.now(), p.phoneSeized(), p.seizedCodeWordHash());
    }

    /** The device token of the defender with this id (each test defender has her own). */
    public static String deviceToken(String defenderId) {
        return DEVICE_TOKEN + defenderId;
    }
}
