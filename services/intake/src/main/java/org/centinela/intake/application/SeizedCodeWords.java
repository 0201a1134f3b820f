package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.domain.sms.SmsGrammar;

/**
 * The code words defenders registered to say, from any phone, that theirs was seized. An SMS names such a defender
 * when its first word, in the normal form her panic code word is read in ({@link SmsGrammar#firstWord}), has the
 * keyed fingerprint of hers: one hash and one lookup in the directory's index, whoever the sender is.
 */
@ApplicationScoped
public class SeizedCodeWords {

    private final Directory directory;
    private final PepperedHash hashes;

    public SeizedCodeWords(Directory directory, PepperedHash hashes) {
        this.directory = directory;
        this.hashes = hashes;
    }

    /**
     * The defenders whose seized-phone code word starts {@code body}; none when it is the panic code word of the
     * defender who sent it from her own phone, which stays her alarm.
     */
    public List<PersonSnapshot> namedIn(String body, Optional<PersonSnapshot> sender) {
        String firstWord = SmsGrammar.firstWord(body);
        if (firstWord.isEmpty()) {
            return List.of();
        }
        String fingerprint = hashes.fingerprint(firstWord);
        boolean herAlarm = sender.filter(person -> person.role() == PersonRole.DEFENDER)
                .map(PersonSnapshot::codeWordHash)
                .filter(fingerprint::equals)
                .isPresent();
        return herAlarm ? List.of() : directory.bySeizedCodeWord(fingerprint);
    }
}
