package io.parley.adapters.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Who is knocking, for the brute-force limits. The socket's peer address, unless Parley is told it
 * sits behind a proxy that sets a header ({@code parley.http.client-address-header}, e.g.
 * {@code X-Forwarded-For}); a header is never trusted otherwise, since any client can send one.
 */
@Singleton
public final class ClientAddress {

    private final String header;

    ClientAddress(@Value("${parley.http.client-address-header:}") String header) {
        this.header = header.isBlank() ? null : header;
    }

    public String of(HttpRequest<?> request) {
        if (header != null) {
            String value = request.getHeaders().get(header);
            if (value != null && !value.isBlank()) {
                // The last entry is the one our own proxy appended; earlier ones came from the client.
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
