package org.centinela.intake.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.centinela.problem.Problem;
import org.junit.jupiter.api.Test;

class DirectoryLoadGateTest {

    private final AtomicReference<Response> aborted = new AtomicReference<>();

    @Test
    void beforeTheDirectoryIsLoadedEveryRequestIsRefusedWithRetryAfter() {
        new DirectoryLoadGate(() -> false).filter(request());

        assertThat(aborted.get()).isNotNull();
        assertThat(aborted.get().getStatus()).isEqualTo(503);
        assertThat(aborted.get().getHeaderString(HttpHeaders.RETRY_AFTER))
                .isEqualTo(String.valueOf(DirectoryLoadGate.RETRY_AFTER_SECONDS));
        assertThat(aborted.get().getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(((Problem) aborted.get().getEntity()).detail()).contains("loading the directory");
    }

    @Test
    void onceItIsLoadedRequestsGoThrough() {
        new DirectoryLoadGate(() -> true).filter(request());

        assertThat(aborted.get()).isNull();
    }

    /** A request whose only use is to be aborted; anything else asked of it is a failure of the test. */
    private ContainerRequestContext request() {
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("abortWith")) {
                        aborted.set((Response) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
