package org.centinela.escalation.adapter.in.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The id of what was created or changed. */
public record Created(String id) {

    /** 201 with this id, and its {@code Location} under {@code collection} (e.g. {@code /api/v1/responders}). */
    static Response at(String collection, String id) {
        return Response.created(URI.create(collection + "/" + id)).entity(new Created(id)).build();
    }
}
