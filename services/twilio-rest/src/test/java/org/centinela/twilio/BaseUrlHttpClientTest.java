package org.centinela.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseUrlHttpClientTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";

    @Test
    void sendsTheSdkRequestToTheBaseUrlWithItsPathFormAndCredentials() {
        RecordingTransport transport = new RecordingTransport();
        var client = TwilioRestClients.create(SID, "token", Optional.of("http://127.0.0.1:8089/"), transport);

        Message.creator(new PhoneNumber("+50255510001"), new PhoneNumber("+15005550006"), "Alerta 4821")
                .create(client);

        Request sent = transport.last;
        assertThat(sent.constructURL().toString())
                .isEqualTo("http://127.0.0.1:8089/2010-04-01/Accounts/" + SID + "/Messages.json");
        assertThat(sent.getMethod()).isEqualTo(HttpMethod.POST);
        assertThat(sent.getPostParams()).containsEntry("To", java.util.List.of("+50255510001"))
                .containsEntry("Body", java.util.List.of("Alerta 4821"));
        assertThat(sent.getUsername()).isEqualTo(SID);
        assertThat(sent.getPassword()).isEqualTo("token");
    }

    @Test
    void keepsQueryParametersOfReads() {
        RecordingTransport transport = new RecordingTransport();
        var client = TwilioRestClients.create(SID, "token", Optional.of("http://127.0.0.1:8089"), transport);

        Message.reader().setTo(new PhoneNumber("+50255510001")).limit(5).firstPage(client);

        assertThat(transport.last.constructURL().toString())
                .startsWith("http://127.0.0.1:8089/2010-04-01/Accounts/" + SID + "/Messages.json?")
                .contains("To=%2B50255510001");
    }

    @Test
    void keepsTheQueryOfANextPageLink() {
        RecordingTransport transport = new RecordingTransport();
        BaseUrlHttpClient client = new BaseUrlHttpClient("http://127.0.0.1:8089", transport);

        client.makeRequest(new Request(HttpMethod.GET,
                "https://api.twilio.com/2010-04-01/Accounts/" + SID + "/Messages.json?To=%2B50255510001&Page=1"));

        assertThat(transport.last.constructURL().toString()).isEqualTo(
                "http://127.0.0.1:8089/2010-04-01/Accounts/" + SID + "/Messages.json?To=%2B50255510001&Page=1");
    }

    @Test
    void withoutABaseUrlTheSdkTalksToTwilioItself() {
        RecordingTransport transport = new RecordingTransport();
        var client = TwilioRestClients.create(SID, "token", Optional.empty(), transport);

        Message.creator(new PhoneNumber("+50255510001"), new PhoneNumber("+15005550006"), "x").create(client);

        assertThat(transport.last.constructURL().getHost()).isEqualTo("api.twilio.com");
    }

    @Test
    void refusesARelativeBaseUrl() {
        assertThatThrownBy(() -> new BaseUrlHttpClient("127.0.0.1:8089", new RecordingTransport()))
                .hasMessageContaining("twilio.base-url");
    }

    /** Records the request it was given and answers as Twilio would to a message create or a list. */
    private static final class RecordingTransport extends HttpClient {
        Request last;

        @Override
        public Response makeRequest(Request request) {
            last = request;
            String body = request.getMethod() == HttpMethod.POST
                    ? "{\"sid\":\"SM0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}"
                    : "{\"messages\":[],\"uri\":\"/x\",\"page_size\":5,\"page\":0,\"first_page_uri\":\"/x\",\"next_page_uri\":null,\"previous_page_uri\":null}";
            return new Response(body, request.getMethod() == HttpMethod.POST ? 201 : 200);
        }
    }
}
