package io.parley.bootstrap.fault;

import static io.parley.testing.SocketClient.data;

import io.parley.testing.SocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sends text messages over one socket, one after another, for as long as it runs, and keeps the
 * reply to each: an ack, or an error with its code. A send left without a reply for
 * {@link SocketClient#WAIT} is kept as a reply of type {@code none}, which no test accepts.
 */
final class Sender {

    private static final Duration PAUSE = Duration.ofMillis(100);

    record Outcome(String clientMessageId, long sentAt, long repliedAt, String type, String code) {

        boolean acked() {
            return "ack".equals(type);
        }

        Duration took() {
            return Duration.ofNanos(repliedAt - sentAt);
        }
    }

    private final SocketClient socket;
    private final String conversation;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    private Sender(SocketClient socket, String conversation) {
        this.socket = socket;
        this.conversation = conversation;
        this.thread = new Thread(this::run, "fault-sender");
        // A test that fails half-way never waits for it.
        thread.setDaemon(true);
    }

    static Sender start(SocketClient socket, String conversation) {
        Sender sender = new Sender(socket, conversation);
        sender.thread.start();
        return sender;
    }

    static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private void run() {
        for (int n = 1; !stopped; n++) {
            String id = "m-" + n;
            long sentAt = System.nanoTime();
            Outcome outcome;
            try {
                Map<String, Object> reply = socket.request("send_message",
                        Map.of("conversationId", conversation, "content", "message " + n, "clientMessageId", id));
                Object code = "error".equals(reply.get("type")) ? data(reply).get("code") : null;
                outcome = new Outcome(id, sentAt, System.nanoTime(), (String) reply.get("type"), (String) code);
            } catch (AssertionError noReply) {
                outcome = new Outcome(id, sentAt, System.nanoTime(), "none", null);
            }
            synchronized (outcomes) {
                outcomes.add(outcome);
                outcomes.notifyAll();
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The first outcome that matches, of a send made after {@code sentAfter} (a {@link System#nanoTime()}). */
    Outcome awaitReply(Predicate<Outcome> match, long sentAfter, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (outcomes) {
            while (true) {
                for (Outcome outcome : outcomes) {
                    if (outcome.sentAt() > sentAfter && match.test(outcome)) {
                        return outcome;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such reply within " + within + "; replies: " + outcomes);
                }
                outcomes.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Stops after the send in flight (not interrupting it, which would lose its reply) and answers every outcome, in order. */
    List<Outcome> stop() throws InterruptedException {
        stopped = true;
        thread.join(SocketClient.WAIT.toMillis() * 2);
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }
}
