package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.centinela.console.application.DocumentationRecords;
import org.centinela.console.domain.documentation.CountsPicture;
import org.centinela.console.domain.documentation.DocumentationCsv;
import org.centinela.console.domain.documentation.DocumentationFilter;
import org.centinela.console.domain.documentation.DocumentedRecord;
import org.centinela.console.domain.documentation.MonthlyCounts;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.ViolenceType;

/**
 * The documentation of attacks for operators and auditors: incident reports or alerts counted per month and
 * violence type, filtered by month, violence type, perpetrator type and country, as a table, a chart and a CSV file.
 * Responders are refused here.
 */
@Path("/")
@Blocking
public class DocumentationPages {

    static final String CSV = "text/csv; charset=UTF-8";

    private final Template documentation;
    private final DocumentationRecords records;
    private final SignedIn me;

    public DocumentationPages(Template documentation, DocumentationRecords records, SignedIn me) {
        this.documentation = documentation;
        this.records = records;
        this.me = me;
    }

    @GET
    @Path("documentation")
    @RolesAllowed({"operator", "auditor"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("counted") String counted, @QueryParam("month") String month,
            @QueryParam("violence") String violence, @QueryParam("perpetrator") String perpetrator,
            @QueryParam("country") String country) {
        DocumentationFilter filter = DocumentationFilter.parse(counted, month, violence, perpetrator, country);
        List<DocumentedRecord> all = records.all(filter.counted());
        return page(documentation.data("me", me), filter, all);
    }

    @GET
    @Path("documentation.csv")
    @RolesAllowed({"operator", "auditor"})
    @Produces(CSV)
    public Response csv(@QueryParam("counted") String counted, @QueryParam("month") String month,
            @QueryParam("violence") String violence, @QueryParam("perpetrator") String perpetrator,
            @QueryParam("country") String country) {
        DocumentationFilter filter = DocumentationFilter.parse(counted, month, violence, perpetrator, country);
        return Response.ok(DocumentationCsv.of(filter.of(records.all(filter.counted()))), CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filter.fileName() + "\"")
                .build();
    }

    /** The page's data for {@code filter} over every record of its kind: what the rendering tests give it too. */
    static TemplateInstance page(TemplateInstance page, DocumentationFilter filter, List<DocumentedRecord> all) {
        MonthlyCounts counts = MonthlyCounts.of(filter.of(all));
        List<String> months = new ArrayList<>(MonthlyCounts.monthsWithRecords(all).stream()
                .map(DocumentationFilter::month).toList());
        if (filter.month() != null && !months.contains(filter.monthCode())) {
            months.add(filter.monthCode());
            months.sort(Comparator.reverseOrder());
        }
        List<String> countries = new ArrayList<>(all.stream().map(DocumentedRecord::country)
                .filter(Objects::nonNull).distinct().sorted().toList());
        if (filter.country() != null && !countries.contains(filter.country())) {
            countries.add(filter.country());
            countries.sort(Comparator.naturalOrder());
        }
        return page.data("filter", filter).data("months", months).data("countries", countries)
                .data("violenceTypes", Arrays.stream(ViolenceType.values()).map(Enum::name).toList())
                .data("perpetratorTypes", Arrays.stream(PerpetratorType.values()).map(Enum::name).toList())
                .data("counts", counts).data("picture", CountsPicture.of(counts))
                .data("csv", "/documentation.csv?" + filter.query());
    }
}
