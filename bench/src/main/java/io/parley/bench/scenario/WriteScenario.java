package io.parley.bench.scenario;

import io.parley.bench.client.Account;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Committed messages a second and the time to their ack. Users stand in a ring, each in a direct
 * conversation with the next, so every socket sends to two conversations and there are as many
 * conversations as sockets: the sends spread over many row locks rather than queueing on one.
 * SPEC §5 asks for 10,000 committed messages a second with p99 ack under 50 ms.
 */
final class WriteScenario implements Scenario {

    @Override
    public List<Report> run(RunContext context) throws Exception {
        BenchOptions options = context.options;
        int users = options.users();
        if (users < 3) {
            throw new IllegalArgumentException("write needs at least 3 users");
        }
        List<Account> accounts = context.registerUsers(users);
        List<String> conversations = context.inParallel("opening direct conversations", users,
                i -> context.api.openDirect(accounts.get(i), accounts.get((i + 1) % users).id()));

        LoadRuns runs = new LoadRuns("write", context);
        List<SocketConnection> sockets = context.openSocketPerAccount(accounts, runs.listener());
        List<MessageLoad.Sender> senders = new ArrayList<>(2 * users);
        for (int i = 0; i < users; i++) {
            senders.add(new MessageLoad.Sender(sockets.get(i), conversations.get(i)));
        }
        for (int i = 0; i < users; i++) {
            senders.add(new MessageLoad.Sender(sockets.get(i), conversations.get((i + users - 1) % users)));
        }
        return runs.run(String.format("%,d users connected, %,d direct conversations in a ring", users, users), senders, 2, sockets);
    }
}
