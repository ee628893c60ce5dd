package io.parley.adapters.web.socket.auth;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.parley.adapters.web.security.SignIns;
import io.parley.application.account.RedeemWsTicketUseCase;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.reactivestreams.Publisher;

/**
 * Browsers cannot set headers on a WebSocket upgrade, so {@code /ws?ticket=…} authenticates with
 * a single-use ticket from {@code POST /api/auth/ws-ticket}. Redeeming touches the database, so
 * it runs off the event loop, and the result is handed back to the connection's event loop:
 * Micronaut completes the upgrade on whichever thread finishes authentication, and from any
 * other thread the socket handler can be installed after the client's first frame has already
 * passed by, losing it.
 */
@Singleton
final class WsTicketAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    private final RedeemWsTicketUseCase tickets;
    private final ExecutorService pool;

    WsTicketAuthentication(RedeemWsTicketUseCase tickets, @Named(TaskExecutors.BLOCKING) ExecutorService pool) {
        this.tickets = tickets;
        this.pool = pool;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String ticket = request.getParameters().get("ticket");
        if (ticket == null || !"/ws".equals(request.getPath())) {
            return Publishers.empty();
        }
        Executor eventLoop = ((NettyHttpRequest<?>) request).getChannelHandlerContext().executor();
        return Publishers.fromCompletableFuture(() -> CompletableFuture
                .supplyAsync(() -> tickets.redeem(ticket).map(SignIns::authentication).orElse(null), pool)
                .thenApplyAsync(Function.identity(), eventLoop));
    }
}
