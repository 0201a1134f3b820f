package org.centinela.console.adapter.out.escalation;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * escalation's directory API in memory, called as the REST client calls it: each call is recorded as the request
 * its annotations make of it — method, path with its parameters put in, and the JSON body as a map — and answered
 * from what the test gave for that request, or refused with the status it gave.
 */
final class RecordedDirectoryApi implements InvocationHandler {

    /** "PUT /api/v1/defenders/d-1/phone-seized {seized=true}", in the order asked. */
    final List<String> requests = new ArrayList<>();
    private final Map<String, Object> answers = new HashMap<>();
    private final Map<String, Integer> refusals = new HashMap<>();

    final EscalationDirectoryApi api = (EscalationDirectoryApi) Proxy.newProxyInstance(
            EscalationDirectoryApi.class.getClassLoader(), new Class<?>[] {EscalationDirectoryApi.class}, this);

    /** {@code request} ("GET /api/v1/…") is answered with {@code answer}. */
    RecordedDirectoryApi answering(String request, Object answer) {
        answers.put(request, answer);
        return this;
    }

    /** {@code request} ("DELETE /api/v1/…") is refused with {@code status}. */
    RecordedDirectoryApi refusing(String request, int status) {
        refusals.put(request, status);
        return this;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String request = verb(method) + " " + path(method, args);
        Object body = body(method, args);
        requests.add(body == null ? request : request + " " + body);
        if (refusals.containsKey(request)) {
            throw new WebApplicationException(refusals.get(request));
        }
        return answers.get(request);
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        throw new IllegalArgumentException(method + " is no request");
    }

    private static String path(Method method, Object[] args) {
        String path = EscalationDirectoryApi.class.getAnnotation(Path.class).value() + method.getAnnotation(Path.class)
                .value();
        StringBuilder query = new StringBuilder();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam inPath = parameters[i].getAnnotation(PathParam.class);
            QueryParam inQuery = parameters[i].getAnnotation(QueryParam.class);
            if (inPath != null) {
                path = path.replace("{" + inPath.value() + "}", String.valueOf(args[i]));
            } else if (inQuery != null && args[i] != null) {
                query.append(query.length() == 0 ? "?" : "&").append(inQuery.value()).append('=').append(args[i]);
            }
        }
        return path + query;
    }

    /** The argument that is neither in the path nor in the query: the JSON body. */
    private static Object body(Method method, Object[] args) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isAnnotationPresent(PathParam.class)
                    && !parameters[i].isAnnotationPresent(QueryParam.class)) {
                return args[i];
            }
        }
        return null;
    }
}
