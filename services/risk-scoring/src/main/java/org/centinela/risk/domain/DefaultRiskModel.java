package org.centinela.risk.domain;

import java.util.List;
import java.util.Map;

/**
 * The model Centinela ships as version 1, before operators tune it.
 *
 * <p>Weights: a panic (60) and a missed check-in (55) are HIGH on their own; a report (10) is LOW until
 * its content says otherwise. Life-threatening words (killing, rape, kidnapping, shots, disappearance)
 * weigh 30–35, weapons and attacks 20–25, being followed, threats and raids 15–25, surveillance,
 * harassment and the mere presence of police or soldiers 10. So "SOS hombres armados afuera" from a
 * defender is 60 + 25 + 15 = 100, CRITICAL; a report of "intimidación" is 10 + 10 = 20, LOW.
 */
final class DefaultRiskModel {

    static final Weights WEIGHTS = new Weights(
            60,                 // panic: HIGH on its own
            55,                 // missed check-in: HIGH on its own
            10,                 // report: graded by its content
            List.of(0, 5, 10, 20),
            5, 15,              // each alert of hers in the last 30 days, at most 15
            10, 20,             // each other signal of hers in the 10 minutes before, at most 20
            15);                // a hot zone without its own weight

    static final Thresholds THRESHOLDS = new Thresholds(30, 55, 80);

    static final Lexicon SPANISH = Lexicon.of(
            // threats and being followed
            new LexiconEntry("amenaza", 15),
            new LexiconEntry("amenaza de muerte", 25),
            new LexiconEntry("me siguen", 15),
            new LexiconEntry("nos siguen", 15),
            new LexiconEntry("me están siguiendo", 15),
            new LexiconEntry("me persiguen", 15),
            new LexiconEntry("rodeada", 15),
            new LexiconEntry("camioneta sin placas", 15),
            new LexiconEntry("vigilancia", 10),
            new LexiconEntry("intimidación", 10),
            new LexiconEntry("hostigamiento", 10),
            // armed people and state forces
            new LexiconEntry("hombres armados", 25),
            new LexiconEntry("armas", 15),
            new LexiconEntry("pistola", 20),
            new LexiconEntry("machete", 20),
            new LexiconEntry("encapuchados", 20),
            new LexiconEntry("policía", 10),
            new LexiconEntry("militares", 10),
            new LexiconEntry("soldados", 10),
            // raids, arrests, abductions
            new LexiconEntry("allanamiento", 25),
            new LexiconEntry("detenida", 20),
            new LexiconEntry("capturada", 15),
            new LexiconEntry("secuestro", 30),
            new LexiconEntry("desaparecida", 30),
            new LexiconEntry("desaparición", 30),
            // attacks
            new LexiconEntry("disparos", 30),
            new LexiconEntry("balacera", 30),
            new LexiconEntry("golpearon", 20),
            new LexiconEntry("golpiza", 20),
            new LexiconEntry("quemaron", 25),
            new LexiconEntry("incendiaron", 25),
            // sexual violence: "violación" alone would also match "violación de derechos humanos"
            new LexiconEntry("violación sexual", 35),
            new LexiconEntry("me violaron", 35),
            new LexiconEntry("la violaron", 35),
            new LexiconEntry("abuso sexual", 30),
            // killing: "matar" alone would stem to "mat" and match "mate"
            new LexiconEntry("muerte", 20),
            new LexiconEntry("van a matar", 35),
            new LexiconEntry("quieren matar", 35),
            new LexiconEntry("asesinar", 35),
            new LexiconEntry("asesinato", 35));

    static final Lexicon ENGLISH = Lexicon.of(
            // threats and being followed
            new LexiconEntry("threat", 15),
            new LexiconEntry("death threat", 25),
            new LexiconEntry("following me", 15),
            new LexiconEntry("following us", 15),
            new LexiconEntry("watching me", 10),
            new LexiconEntry("surrounded", 15),
            new LexiconEntry("surveillance", 10),
            new LexiconEntry("intimidation", 10),
            new LexiconEntry("harassment", 10),
            // armed people and state forces
            new LexiconEntry("armed men", 25),
            new LexiconEntry("gun", 15),
            new LexiconEntry("weapons", 15),
            new LexiconEntry("knife", 20),
            new LexiconEntry("police", 10),
            new LexiconEntry("soldiers", 10),
            // raids, arrests, abductions
            new LexiconEntry("raid", 25),
            new LexiconEntry("detained", 20),
            new LexiconEntry("arrested", 20),
            new LexiconEntry("kidnap", 30),
            new LexiconEntry("abducted", 30),
            new LexiconEntry("disappeared", 30),
            // attacks
            new LexiconEntry("shots", 30),
            new LexiconEntry("gunshots", 30),
            new LexiconEntry("beat", 20),
            new LexiconEntry("burned", 25),
            // sexual violence and killing
            new LexiconEntry("rape", 35),
            new LexiconEntry("kill", 35),
            new LexiconEntry("murder", 35),
            new LexiconEntry("death", 20));

    static final RiskModel MODEL = new RiskModel(1, WEIGHTS, Map.of("es", SPANISH, "en", ENGLISH), List.of(),
            THRESHOLDS);

    private DefaultRiskModel() {
    }
}
