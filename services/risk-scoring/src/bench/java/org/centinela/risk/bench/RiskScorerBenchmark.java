package org.centinela.risk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalType;
import org.centinela.risk.domain.Assessment;
import org.centinela.risk.domain.HotZone;
import org.centinela.risk.domain.RiskModel;
import org.centinela.risk.domain.RiskScorer;
import org.centinela.risk.domain.SignalFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scorings per second of the risk scoring function, on the shipped model with two hot zones.
 * {@code realisticMix} scores four signals per call and counts each: a panic with Spanish text, a
 * report with a long narrative, a panic from an unverified number, and a missed check-in inside a hot
 * zone. Run it with (the {@code bench} profile of services/risk-scoring/pom.xml):
 *
 * <pre>mvn -B -pl services/risk-scoring -am -Pbench -DskipTests package</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
public class RiskScorerBenchmark {

    /** About 2,400 characters: what a defender writes in the report form after an attack. */
    static final String NARRATIVE = """
            El martes por la mañana, cuando salía de la reunión de la asamblea comunitaria en la cabecera
            municipal, me di cuenta de que una camioneta sin placas estaba estacionada frente a la oficina.
            Dos hombres se quedaron mirando y tomaron fotos de las compañeras que salían. Caminé hacia la
            parada del bus y la camioneta avanzó despacio detrás de mí durante varias cuadras. Al llegar a
            la casa mi hermana me contó que desde el domingo han pasado varias veces las mismas personas
            preguntando por mí a los vecinos. En la noche recibí una llamada de un número desconocido: una
            voz de hombre me dijo que dejara de meterme en lo de la mina, que sabían dónde estudian mis hijos
            y que si seguía con la denuncia me iba a pasar lo mismo que a don Esteban. Colgué y apagué el
            teléfono. El miércoles fuimos con el abogado de la organización al Ministerio Público a poner la
            denuncia por las amenazas, pero el fiscal nos dijo que no había elementos y que volviéramos otro
            día. Al salir vimos a uno de los hombres de la camioneta en la esquina. El jueves la radio
            comunitaria pasó un mensaje diciendo que las defensoras del territorio somos terroristas y que
            recibimos dinero de fuera para frenar el desarrollo. Varias personas de la comunidad ya no nos
            saludan. El viernes a las once de la noche escuchamos disparos cerca de la casa y los perros
            ladraron mucho tiempo. No salimos. El sábado en la mañana encontramos una cartulina pegada en la
            puerta con una cruz y mi nombre. Mis hijos tienen miedo de ir a la escuela. Pido que la red
            esté atenta porque el lunes tengo que viajar a la capital para la audiencia y el camino pasa
            por la zona donde el año pasado desaparecieron a un compañero. Llevo el teléfono cargado y voy a
            mandar mensaje cada dos horas. Si no mando mensaje, por favor llamen a mi hermana y a la
            coordinadora. Las compañeras del colectivo dicen que también a ellas las han seguido y que hay
            vigilancia afuera de la radio desde hace una semana. Adjunto las fotos de la camioneta y del
            cartel. Gracias por acompañarnos.
            """;

    private RiskScorer scorer;
    private SignalFacts panicInSpanish;
    private SignalFacts longReport;
    private SignalFacts unverifiedPanic;
    private SignalFacts checkInMissedInHotZone;

    @Setup
    public void setUp() {
        RiskModel model = RiskModel.defaults().withHotZones(List.of(
                new HotZone("zona-18", "Zona 18", 14.6569, -90.4710, 2_000),
                new HotZone("san-juan-sac", "San Juan Sacatepéquez", 14.7189, -90.6442, 8_000, 20)));
        scorer = RiskScorer.of(model);
        panicInSpanish = new SignalFacts(SignalType.PANIC,
                "AYUDA me estan siguiendo dos hombres armados en moto, voy hacia el parque central",
                new Location(14.6340, -90.5130, 15.0), true, 2, 1, 0);
        longReport = new SignalFacts(SignalType.REPORT, SignalFacts.textOf("REPORTE amenazas", NARRATIVE),
                null, true, 1, 0, 0);
        unverifiedPanic = new SignalFacts(SignalType.PANIC, "SOS se llevaron detenida a mi mamá, policía",
                new Location(15.4710, -90.3700, 50.0), false, 0, 0, 0);
        checkInMissedInHotZone = new SignalFacts(SignalType.CHECKIN_MISSED, null,
                new Location(14.6571, -90.4702, 8.0), true, 3, 4, 2);
        if (scorer.assess(checkInMissedInHotZone).factor("zone.zona-18") == null) {
            throw new IllegalStateException("the check-in should fall inside the hot zone");
        }
    }

    /** The four signals, each counted as one scoring. */
    @Benchmark
    @OperationsPerInvocation(4)
    public void realisticMix(Blackhole blackhole) {
        blackhole.consume(scorer.assess(panicInSpanish));
        blackhole.consume(scorer.assess(longReport));
        blackhole.consume(scorer.assess(unverifiedPanic));
        blackhole.consume(scorer.assess(checkInMissedInHotZone));
    }

    @Benchmark
    public Assessment panicInSpanish() {
        return scorer.assess(panicInSpanish);
    }

    @Benchmark
    public Assessment longReport() {
        return scorer.assess(longReport);
    }
}
