package io.parley.adapters.web.socket.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void tasks_run_in_the_order_they_were_offered() throws InterruptedException {
        SerialExecutor serial = new SerialExecutor(pool, 1000);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(200);

        for (int i = 0; i < 200; i++) {
            int n = i;
            assertTrue(serial.offer(() -> {
                ran.add(n);
                done.countDown();
            }));
        }

        assertTrue(done.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 200; i++) {
            assertEquals(i, ran.get(i));
        }
    }

    @Test
    void a_failing_task_does_not_stall_the_ones_behind_it() throws InterruptedException {
        SerialExecutor serial = new SerialExecutor(pool, 10);
        CountDownLatch next = new CountDownLatch(1);

        serial.offer(() -> {
            throw new IllegalStateException("database went away");
        });
        serial.offer(next::countDown);

        assertTrue(next.await(10, TimeUnit.SECONDS));
    }

    @Test
    void a_full_queue_refuses_more() throws InterruptedException {
        SerialExecutor serial = new SerialExecutor(pool, 2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);

        serial.offer(() -> {
            started.countDown();
            awaitQuietly(release);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(serial.offer(() -> { }));
        assertTrue(serial.offer(() -> { }));

        assertFalse(serial.offer(() -> { }));
        release.countDown();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
