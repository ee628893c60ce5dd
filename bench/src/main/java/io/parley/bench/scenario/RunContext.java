package io.parley.bench.scenario;

import io.parley.bench.client.Account;
import io.parley.bench.client.FrameListener;
import io.parley.bench.client.Loopback;
import io.parley.bench.client.ParleyApi;
import io.parley.bench.client.SocketClient;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.client.SocketOpener;
import io.parley.bench.report.ProcessStats;
import io.parley.bench.report.Progress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * What every scenario works with: the options, the HTTP API, the socket client, the processes'
 * memory and CPU, and the set-up steps they share. Closing it releases the event loop and every
 * socket.
 */
public final class RunContext implements AutoCloseable {

    /** Access tokens live 15 minutes by default; older ones are refreshed before connecting. */
    private static final Duration TOKEN_AGE_TO_REFRESH = Duration.ofMinutes(10);
    /** Opening sockets must not go on for ever even when the server stalls. */
    private static final Duration OPENING_TIME_LIMIT = Duration.ofMinutes(15);

    final BenchOptions options;
    final Progress progress;
    final ParleyApi api;
    /** The server process (figures only with --server-pid) and this one. */
    final ProcessStats server;
    final ProcessStats bench = ProcessStats.self();
    /** Makes this run's emails and clientMessageIds unique among runs against one server. */
    final String runId;
    private final ParallelSetup setup;
    private final SocketClient client;
    private final SocketOpener opener;

    private RunContext(BenchOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
        this.api = new ParleyApi(options.url());
        this.server = ProcessStats.of(options.serverPid());
        this.runId = Long.toString(System.currentTimeMillis(), 36) + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
        this.setup = new ParallelSetup(options.setupConcurrency(), progress);
        this.client = new SocketClient(options.url());
        this.opener = new SocketOpener(client, Loopback.sourceAddresses(options.url(), options.sourceAddresses()),
                options.setupConcurrency(), progress);
    }

    /** Checks that the target is local and answers its health check. */
    public static RunContext open(BenchOptions options, Progress progress) {
        Loopback.check(options.url());
        RunContext context = new RunContext(options, progress);
        if (!context.api.healthy()) {
            context.close();
            throw new IllegalStateException("Parley does not answer GET " + options.url().resolve("/api/health") + " with 200");
        }
        return context;
    }

    /** {@code count} new users with unique emails. */
    List<Account> registerUsers(int count) {
        String domain = "@bench.parley.test";
        return setup.run("registering users", count,
                i -> api.register("Bench " + i, ("bench-" + runId + "-" + i + domain).toLowerCase(Locale.ROOT)));
    }

    /** Runs one set-up call per index with bounded concurrency; results in index order. */
    <T> List<T> inParallel(String what, int count, IntFunction<T> call) {
        return setup.run(what, count, call);
    }

    /** Runs one set-up call per index, one at a time; results in index order. */
    <T> List<T> inSequence(String what, int count, IntFunction<T> call) {
        return new ParallelSetup(1, progress).run(what, count, call);
    }

    /** The accounts, with a new access token for each whose token may expire soon. */
    List<Account> withFreshTokens(List<Account> accounts) {
        Instant staleBefore = Instant.now().minus(TOKEN_AGE_TO_REFRESH);
        if (accounts.stream().noneMatch(a -> a.issuedAt().isBefore(staleBefore))) {
            return accounts;
        }
        return setup.run("refreshing tokens", accounts.size(), i -> {
            Account account = accounts.get(i);
            return account.issuedAt().isBefore(staleBefore) ? api.refreshed(account) : account;
        });
    }

    /** Opens up to {@code count} sockets; the i-th belongs to {@code owners.get(i % owners.size())}. */
    SocketOpener.Result openSockets(int count, List<Account> owners, FrameListener listener) throws InterruptedException {
        List<Account> fresh = withFreshTokens(owners);
        long deadline = System.nanoTime() + OPENING_TIME_LIMIT.toNanos();
        return opener.open(count, i -> fresh.get(i % fresh.size()), listener, deadline);
    }

    /** One socket per account, all of them, or an exception that says why not. */
    List<SocketConnection> openSocketPerAccount(List<Account> accounts, FrameListener listener) throws InterruptedException {
        SocketOpener.Result result = openSockets(accounts.size(), accounts, listener);
        if (result.failures() > 0 || result.stoppedBecause() != null) {
            result.open().forEach(SocketConnection::close);
            throw new IllegalStateException(String.format("could only open %,d of %,d sockets: %s", result.open().size(),
                    accounts.size(), result.firstFailure() != null ? result.firstFailure() : result.stoppedBecause()));
        }
        return result.sockets();
    }

    OptionalLong serverRss() {
        return server.rssBytes();
    }

    /** Closes the sockets and gives their close frames a moment to go out. */
    void closeAll(List<SocketConnection> sockets) throws InterruptedException {
        sockets.forEach(SocketConnection::close);
        TimeUnit.MILLISECONDS.sleep(200);
    }

    @Override
    public void close() {
        client.close();
    }
}
