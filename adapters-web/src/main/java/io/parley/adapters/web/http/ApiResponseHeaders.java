package io.parley.adapters.web.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The API's answers carry tokens, messages and profiles: no cache on the way may keep one unless
 * it says otherwise itself (attachments and avatars do), and no browser may read one as anything
 * but the type it declares. The JSON answers have no type yet when filters see them (it is chosen
 * as they are written), so this goes by whether an answer set its own caching, not by its type.
 */
@ServerFilter("/api/**")
final class ApiResponseHeaders implements Ordered {

    static final String NO_STORE = "no-store";
    static final String NOSNIFF = "nosniff";

    /** Outside every other filter, so that security's refusals get the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
        response.getHeaders().set("X-Content-Type-Options", NOSNIFF);
    }
}
