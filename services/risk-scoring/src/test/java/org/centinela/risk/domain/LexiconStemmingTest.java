package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.risk.domain.TestModels.stem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconStemmingTest {

    @ParameterizedTest(name = "es: {0} → {1}")
    @CsvSource({
        // amenazar: every form meets the noun
        "amenaza, amenaz", "amenazas, amenaz", "amenazó, amenaz", "amenazaron, amenaz", "amenazando, amenaz",
        "amenazado, amenaz", "amenazadas, amenaz", "amenazar, amenaz", "amenazarla, amenaz", "amenazaban, amenaz",
        "AMENAZA, amenaz", "amenazaría, amenaz",
        // seguir changes its stem: folded into one
        "siguen, segu", "siguiendo, segu", "siguieron, segu", "sigue, segu", "seguido, segu", "seguir, segu",
        "seguían, segu", "siguiéndome, segu", "persiguen, persegu", "perseguida, persegu",
        // detener, including its irregular preterite and the noun
        "detenida, deten", "detenidos, deten", "detener, deten", "detención, deten", "detuvieron, deten",
        "detenerla, deten",
        // nouns from verbs
        "allanamiento, allan", "allanamientos, allan", "allanaron, allan", "allanan, allan",
        "intimidación, intimid", "intimidaron, intimid", "intimidada, intimid",
        "hostigamiento, hostig", "hostigan, hostig", "vigilancia, vigil", "vigilan, vigil", "vigilado, vigil",
        // plurals of words ending in a consonant meet their singular
        "militares, milit", "militar, milit", "mujeres, muj", "mujer, muj", "jóvenes, jov", "joven, jov",
        // -ar verbs keep one stem however they end
        "disparos, dispar", "disparo, dispar", "dispara, dispar", "disparar, dispar", "dispararon, dispar",
        "disparan, dispar", "disparó, dispar", "disparando, dispar",
        // -ear verbs meet their noun
        "golpearon, golp", "golpe, golp", "golpes, golp", "golpeada, golp", "golpeó, golp", "golpean, golp",
        // gender and number
        "hombres, hombr", "hombre, hombr", "armados, arm", "armadas, arm", "armado, arm", "armas, arm",
        "muerte, muert", "muertes, muert", "muertos, muert", "secuestro, secuestr", "secuestrada, secuestr",
        "secuestraron, secuestr", "desaparecida, desaparec", "desaparecieron, desaparec",
        "desaparecer, desaparec", "policía, polic", "policías, polic", "quemaron, quem", "quemada, quem",
        "violación, viol", "violaron, viol",
        // short words and look-alikes stay whole
        "me, me", "de, de", "van, van", "la, la", "gobiernos, gobiern", "duerme, duerm", "Carlos, carl",
        "perlas, perl", "ñandú, nandu", "4821, 4821", "abc123, abc123"
    })
    void spanishFormsOfAWordMeetAtOneStem(String word, String expected) {
        assertThat(stem("es", word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "en: {0} → {1}")
    @CsvSource({
        "threat, threat", "threats, threat", "threatened, threat", "threatening, threat", "threaten, threat",
        "following, follow", "followed, follow", "follows, follow", "follow, follow",
        "armed, arm", "arms, arm", "men, man", "man, man", "women, woman",
        "raid, raid", "raided, raid", "raids, raid", "raiding, raid",
        "detained, detain", "arrested, arrest", "arrests, arrest",
        "kidnap, kidnap", "kidnapped, kidnap", "kidnapping, kidnap", "kidnaps, kidnap",
        "shots, shoot", "shot, shoot", "shooting, shoot", "gunshots, gunshot",
        "beat, beat", "beaten, beat", "beating, beat", "beats, beat",
        "burned, burn", "burnt, burn", "burning, burn",
        "rape, rap", "raped, rap", "raping, rap", "rapes, rap",
        "kill, kill", "killed, kill", "killing, kill", "kills, kill",
        "police, polic", "soldiers, soldier", "knife, knif", "knives, knif", "parties, party",
        "disappeared, disappear", "watching, watch", "surrounded, surround", "guns, gun",
        // short words, -ss, -us, -is, and words where nothing would be left
        "me, me", "us, us", "gas, gas", "bus, bus", "this, this", "press, press", "need, need", "thing, thing",
        "KILLED, kill"
    })
    void englishFormsOfAWordMeetAtOneStem(String word, String expected) {
        assertThat(stem("en", word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} stays {1}")
    @CsvSource({"mam, tzaqin", "kek, amenazaron", "xx, following"})
    void languagesWithoutAStemmerKeepTheFoldedWord(String language, String word) {
        assertThat(stem(language, word)).isEqualTo(word);
    }
}
