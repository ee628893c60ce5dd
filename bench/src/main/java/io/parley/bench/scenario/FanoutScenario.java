package io.parley.bench.scenario;

import io.parley.bench.client.Account;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * One public room, every member connected, a few members sending: each message is written to
 * every member's socket (the sender's own included), so deliveries are sends × members. SPEC §5
 * asks for 200,000 deliveries a second with 1,000 members.
 */
final class FanoutScenario implements Scenario {

    @Override
    public List<Report> run(RunContext context) throws Exception {
        BenchOptions options = context.options;
        int members = options.users();
        List<Account> accounts = context.registerUsers(members);
        String roomId = context.api.createRoom(accounts.get(0), "bench-fanout-" + context.runId);
        // One at a time: Parley answers concurrent joins of one room with 500 now and then (an
        // InnoDB deadlock between the membership insert and the member-count update).
        context.inSequence("joining the room", members - 1, i -> {
            context.api.joinRoom(accounts.get(i + 1), roomId);
            return roomId;
        });

        LoadRuns runs = new LoadRuns("fanout", context);
        List<SocketConnection> sockets = context.openSocketPerAccount(accounts, runs.listener());
        int senderCount = Math.min(options.senders(), members);
        List<MessageLoad.Sender> senders = new ArrayList<>(senderCount);
        for (int i = 0; i < senderCount; i++) {
            senders.add(new MessageLoad.Sender(sockets.get(i), roomId));
        }
        return runs.run(String.format("%,d members connected, %d senders", members, senderCount), senders, members, sockets);
    }
}
