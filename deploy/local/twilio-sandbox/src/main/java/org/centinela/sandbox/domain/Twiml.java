package org.centinela.sandbox.domain;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads the TwiML that services give the sandbox: voice scripts and SMS replies. */
public final class Twiml {

    private Twiml() {
    }

    /** The script of a voice {@code <Response>}; {@link InvalidTwimlException} when it is not TwiML. */
    public static CallScript voice(String xml) {
        List<String> say = new ArrayList<>();
        CallScript.Gather gather = null;
        for (Element verb : verbs(xml)) {
            switch (verb.getTagName()) {
                case "Say" -> say.add(verb.getTextContent().trim());
                case "Gather" -> {
                    for (Element nested : children(verb)) {
                        if (nested.getTagName().equals("Say")) {
                            say.add(nested.getTextContent().trim());
                        }
                    }
                    if (gather == null) {
                        String digits = verb.getAttribute("numDigits");
                        gather = new CallScript.Gather(verb.getAttribute("action"),
                                digits.isBlank() ? 1 : Integer.parseInt(digits.trim()));
                    }
                }
                default -> {
                    // <Play>, <Pause>, <Hangup>, <Redirect>: nothing a drill needs to show
                }
            }
        }
        return new CallScript(say, gather);
    }

    /** The texts of the {@code <Message>}s of a messaging {@code <Response>}, in order. */
    public static List<String> replies(String xml) {
        if (xml == null || xml.isBlank()) {
            return List.of();
        }
        return verbs(xml).stream()
                .filter(verb -> verb.getTagName().equals("Message"))
                .map(verb -> {
                    List<Element> body = children(verb).stream().filter(e -> e.getTagName().equals("Body")).toList();
                    return (body.isEmpty() ? verb.getTextContent() : body.get(0).getTextContent()).trim();
                })
                .toList();
    }

    private static List<Element> verbs(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            if (!root.getTagName().equals("Response")) {
                throw new InvalidTwimlException("the root element must be <Response>, was <" + root.getTagName() + ">");
            }
            return children(root);
        } catch (ParserConfigurationException | SAXException | IOException | NumberFormatException e) {
            throw new InvalidTwimlException("not valid TwiML: " + e.getMessage());
        }
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

    /** TwiML that cannot be read; Twilio answers such a call with an application error (12100). */
    public static final class InvalidTwimlException extends RuntimeException {
        public InvalidTwimlException(String message) {
            super(message);
        }
    }
}
