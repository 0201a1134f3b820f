package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a fuzz run found wrong in the answers it got: a 5xx; a stack trace in any body; a 4xx that is not an RFC 9457
 * problem+json (its media type, and a JSON object whose {@code status} is the answer's and whose {@code title} is
 * given), except under the paths the caller says answer otherwise (TwiML, HTML pages); a 2xx without credentials to
 * an operation that declares a security requirement or lies under a path the caller says needs a token; a 2xx to a
 * credential none of whose roles the operation's requirement names; no answer at all.
 */
public final class FuzzFindings {

    /** A stack frame ({@code at org.x.Y.z(Y.java:1)}, a tab-indented {@code at}), a {@code Caused by:}, an exception's name. */
    static final Pattern STACK_TRACE =
            Pattern.compile("\\tat |\\bat [\\w$]+(\\.[\\w$<>]+)+\\(|\\bCaused by: |\\w*Exception\\b");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BODY_SHOWN = 300;

    /**
     * One answer that breaks a rule.
     *
     * @param rule       the rule it breaks, e.g. {@code 5xx}
     * @param credential who the request was sent as
     * @param request    the request
     * @param status     the answer's status, 0 for no answer
     * @param body       the start of the answer's body (or why there was none)
     */
    public record Finding(String rule, Credential credential, FuzzedRequest request, int status, String body) {
        @Override
        public String toString() {
            return "[" + rule + "] " + request.operation() + " as " + credential + " → " + status + " "
                    + (body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "…" : body) + "\n    request: "
                    + request;
        }
    }

    private final Set<String> otherThanProblemJsonUnder;
    private final Set<String> tokenRequiredUnder;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    /**
     * @param otherThanProblemJsonUnder path prefixes whose 4xx need not be problem+json
     * @param tokenRequiredUnder        path prefixes where nothing may answer 2xx without a token, whatever the
     *                                  document says
     */
    public FuzzFindings(Set<String> otherThanProblemJsonUnder, Set<String> tokenRequiredUnder) {
        this.otherThanProblemJsonUnder = Set.copyOf(otherThanProblemJsonUnder);
        this.tokenRequiredUnder = Set.copyOf(tokenRequiredUnder);
    }

    /** Checks one answer, keeps what it finds wrong and returns it. */
    public List<Finding> check(Operation operation, Credential credential, FuzzedRequest request, LoopbackHttp.Answer answer) {
        statuses.merge(answer.status(), 1, Integer::sum);
        List<Finding> found = new ArrayList<>();
        int status = answer.status();
        if (status >= 500) {
            found.add(new Finding("5xx", credential, request, status, answer.body()));
        }
        if (STACK_TRACE.matcher(answer.body()).find()) {
            found.add(new Finding("stack trace in the body", credential, request, status, answer.body()));
        }
        if (status >= 400 && status < 500 && !under(operation.path(), otherThanProblemJsonUnder) && !isProblem(answer)) {
            found.add(new Finding("4xx not problem+json", credential, request, status,
                    "Content-Type '" + answer.contentType() + "' " + answer.body()));
        }
        if (status >= 200 && status < 300) {
            if (credential.isAnonymous() && (operation.secured() || under(operation.path(), tokenRequiredUnder))) {
                found.add(new Finding("2xx without credentials", credential, request, status, answer.body()));
            }
            if (!credential.isAnonymous() && !credential.roles().isEmpty() && !operation.roles().isEmpty()
                    && credential.roles().stream().noneMatch(operation.roles()::contains)) {
                found.add(new Finding("2xx without the role " + operation.roles(), credential, request, status,
                        answer.body()));
            }
        }
        findings.addAll(found);
        return found;
    }

    /** Keeps a request that got no answer (a timeout, a connection closed without one). */
    public Finding unanswered(Credential credential, FuzzedRequest request, IOException why) {
        Finding finding = new Finding("no answer", credential, request, 0, String.valueOf(why.getMessage()));
        findings.add(finding);
        return finding;
    }

    public List<Finding> all() {
        return List.copyOf(findings);
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /** How many answers had each status, by status. */
    public Map<Integer, Integer> statuses() {
        return Collections.unmodifiableMap(new TreeMap<>(statuses));
    }

    /** The first {@code shown} findings in full, then how many of each rule, operation and credential there were. */
    public String report(int shown) {
        StringBuilder report = new StringBuilder();
        findings.stream().limit(shown).forEach(finding -> report.append("- ").append(finding).append('\n'));
        if (findings.size() > shown) {
            report.append("… and ").append(findings.size() - shown).append(" more\n");
        }
        Map<String, Long> counts = findings.stream().collect(Collectors.groupingBy(
                finding -> finding.rule() + " · " + finding.request().operation() + " · " + finding.credential(),
                TreeMap::new, Collectors.counting()));
        report.append("by rule, operation and credential: ").append(counts);
        return report.toString();
    }

    private static boolean under(String path, Set<String> prefixes) {
        return prefixes.stream().anyMatch(path::startsWith);
    }

    private static boolean isProblem(LoopbackHttp.Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem != null && problem.isObject() && problem.path("status").asInt() == answer.status()
                    && !problem.path("title").asText("").isBlank();
        } catch (IOException notJson) {
            return false;
        }
    }
}
