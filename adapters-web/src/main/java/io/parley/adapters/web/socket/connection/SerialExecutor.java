package io.parley.adapters.web.socket.connection;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's work in arrival order, one task at a time, on a shared pool: frames are
 * handled off the event loop (they touch the database) without two sends of one client racing.
 */
final class SerialExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor pool;
    private final int maxQueued;
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor pool, int maxQueued) {
        this.pool = pool;
        this.maxQueued = maxQueued;
    }

    /** Queues the task; false if the queue is full, i.e. the client sends faster than it can be served. */
    synchronized boolean offer(Runnable task) {
        if (queue.size() >= maxQueued) {
            return false;
        }
        queue.add(task);
        if (!running) {
            running = true;
            pool.execute(this::drain);
        }
        return true;
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                // A failed task must not stall the ones behind it.
                LOG.error("A connection task failed", e);
            }
        }
    }
}
