package org.centinela.notification.adapter.out.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.centinela.notification.application.AnswerCall;
import org.centinela.notification.domain.Speech;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The TwiML of calls is XML that Twilio reads: a Gather posting one key to our action, said in her language. */
class VoiceScriptsTest {

    private static final URI ACTION = URI.create("https://notification.example.org/twilio/voice/gather?d=abc");
    private final VoiceScripts scripts = new VoiceScripts(Map.of("es", "es-MX", "en", "en-US"));
    private final Speech alert = new Speech("es", "Alerta de Centinela, código 4, 8, 2, 1.",
            "Marca 1 si atiendes, 2 si no puedes, o 9 para escucharla de nuevo.", "No recibimos respuesta. Adiós.");

    @Test
    void aCallThatAsksGathersOneKeyAndSaysItAllAgainIfNothingIsPressed() throws Exception {
        Element response = xml(scripts.call(alert, ACTION)).getDocumentElement();

        assertThat(response.getTagName()).isEqualTo("Response");
        assertThat(children(response)).extracting(Element::getTagName).containsExactly("Gather", "Gather", "Say", "Hangup");
        for (Element gather : children(response).subList(0, 2)) {
            assertThat(gather.getAttribute("action")).isEqualTo(ACTION.toString());
            assertThat(gather.getAttribute("method")).isEqualTo("POST");
            assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
            assertThat(gather.getAttribute("input")).isEqualTo("dtmf");
            Element say = children(gather).get(0);
            assertThat(say.getTagName()).isEqualTo("Say");
            assertThat(say.getAttribute("language")).isEqualTo("es-MX");
            assertThat(say.getTextContent()).contains("código 4, 8, 2, 1").contains("Marca 1");
        }
        assertThat(children(response).get(2).getTextContent()).isEqualTo("No recibimos respuesta. Adiós.");
    }

    @Test
    void aCallThatOnlyInformsSaysItsMessageTwiceWithoutAGather() throws Exception {
        Speech standDown = new Speech("en", "Alert 4, 8, 2, 1 is over.", null, "Thank you. Goodbye.");

        Document twiml = xml(scripts.call(standDown, ACTION));

        assertThat(twiml.getElementsByTagName("Gather").getLength()).isZero();
        assertThat(twiml.getElementsByTagName("Say").getLength()).isEqualTo(3);
        assertThat(((Element) twiml.getElementsByTagName("Say").item(0)).getAttribute("language")).isEqualTo("en-US");
    }

    @Test
    void anAnswerThatHangsUpSaysItsReply() throws Exception {
        Document twiml = xml(scripts.answer(new AnswerCall.Answer("es", "Gracias.", null), ACTION));

        assertThat(children(twiml.getDocumentElement())).extracting(Element::getTagName).containsExactly("Say", "Hangup");
    }

    @Test
    void anAnswerThatRepeatsGathersAgainAfterItsNotice() throws Exception {
        Document twiml = xml(scripts.answer(new AnswerCall.Answer("es", "Esa tecla no es una opción.", alert), ACTION));

        Element gather = (Element) twiml.getElementsByTagName("Gather").item(0);
        assertThat(gather.getAttribute("action")).isEqualTo(ACTION.toString());
        assertThat(children(gather)).extracting(Node::getTextContent)
                .containsExactly("Esa tecla no es una opción.", alert.message() + " " + alert.menu());
    }

    @Test
    void aHangUpIsValidTwiml() throws Exception {
        assertThat(xml(VoiceScripts.hangUp()).getElementsByTagName("Hangup").getLength()).isEqualTo(1);
    }

    private static Document xml(String twiml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(twiml)));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
