package io.parley.bench.scenario;

import io.parley.bench.client.Account;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Many users in pairs, one direct conversation per pair, everyone connected; every user sends to
 * their partner in turn at a steady total rate. Each message is persisted, then delivered to both
 * members' sockets. SPEC §5 asks for p99 send → delivered under 50 ms with 10,000 users.
 */
final class DirectMessageScenario implements Scenario {

    @Override
    public List<Report> run(RunContext context) throws Exception {
        BenchOptions options = context.options;
        int users = options.users() - options.users() % 2; // pairs
        if (users < 2) {
            throw new IllegalArgumentException("dm needs at least 2 users");
        }
        List<Account> accounts = context.registerUsers(users);
        List<String> conversations = context.inParallel("opening direct conversations", users / 2,
                pair -> context.api.openDirect(accounts.get(2 * pair), accounts.get(2 * pair + 1).id()));

        LoadRuns runs = new LoadRuns("dm", context);
        List<SocketConnection> sockets = context.openSocketPerAccount(accounts, runs.listener());
        List<MessageLoad.Sender> senders = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            senders.add(new MessageLoad.Sender(sockets.get(i), conversations.get(i / 2)));
        }
        return runs.run(String.format("%,d users connected in %,d direct conversations", users, users / 2), senders, 2, sockets);
    }
}
