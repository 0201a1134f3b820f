package org.centinela.sandbox.adapter.in.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.centinela.sandbox.application.TwilioApiException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the REST API in Twilio's error JSON, which the SDK turns into an {@code ApiException}. */
public class TwilioApiExceptionMapper {

    @ServerExceptionMapper
    public Response refused(TwilioApiException refusal) {
        Response.ResponseBuilder response = Response.status(refusal.httpStatus())
                .type(MediaType.APPLICATION_JSON)
                .entity(TwilioJson.error(refusal.code(), refusal.getMessage(), refusal.httpStatus()));
        if (refusal.httpStatus() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
        }
        return response.build();
    }
}
