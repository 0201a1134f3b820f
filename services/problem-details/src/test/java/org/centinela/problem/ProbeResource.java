package org.centinela.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A resource of the test app: one operation per kind of input that the shared refusals guard. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Note(String name, List<String> tags, Map<String, String> labels, Note inner) {
    }

    @POST
    @Path("/json")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note json(Note note) {
        return note;
    }

    @GET
    @Path("/page")
    public Map<String, Object> page(@QueryParam("page") int page, @QueryParam("size") Integer size,
            @QueryParam("after") UUID after, @QueryParam("search") String search) {
        return Map.of("page", page, "size", String.valueOf(size), "after", String.valueOf(after),
                "search", String.valueOf(search));
    }

    @GET
    @Path("/items/{id}")
    public Map<String, String> item(@PathParam("id") UUID id) {
        return Map.of("id", id.toString());
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String form(@FormParam("Body") String body) {
        return body;
    }
}
