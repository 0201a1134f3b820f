package org.centinela.console.adapter.in.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A page of the in-process tests that fails as a bug of the console would, with her phone in its message. */
@Path("/failing-page")
@Authenticated
public class FailingPage {

    static final String HER_PHONE = "+50255500011";

    @GET
    public String fail() {
        throw new IllegalStateException("could not show " + HER_PHONE);
    }
}
