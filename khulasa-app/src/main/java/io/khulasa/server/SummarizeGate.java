package io.khulasa.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds summarization work: at most {@code maxConcurrent} runs at once, a request waits at most
 * {@code queueWait} for a slot (then 503 {@code busy}) and gets its answer by its deadline (or 503
 * {@code timeout}).
 *
 * <p>A run that misses its deadline is interrupted, but the summarizer may not notice; its slot is freed only
 * when it really ends, so the bound on concurrent CPU work holds even then.
 */
final class SummarizeGate implements AutoCloseable {
    private static final int QUEUED = 0, RUNNING = 1, ABANDONED = 2;

    private final int maxConcurrent;
    private final Duration queueWait;
    private final Duration timeout;
    private final Semaphore slots;
    private final ThreadPoolExecutor workers;

    SummarizeGate(int maxConcurrent, Duration queueWait, Duration timeout) {
        this.maxConcurrent = maxConcurrent;
        this.queueWait = queueWait;
        this.timeout = timeout;
        this.slots = new Semaphore(maxConcurrent, true); // fair: first come, first served
        AtomicInteger n = new AtomicInteger();
        // Never more tasks than slots, so the queue stays empty; it exists only for the hand-over.
        this.workers = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "khulasa-summarize-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code task} within the bounds; {@code startNanos} is when the request arrived ({@link System#nanoTime()}). */
    <T> T run(Callable<T> task, long startNanos) {
        long deadline = startNanos + timeout.toNanos();
        long wait = Math.min(queueWait.toNanos(), deadline - System.nanoTime());
        try {
            if (!slots.tryAcquire(Math.max(0, wait), TimeUnit.NANOSECONDS)) {
                throw deadline - System.nanoTime() <= 0 ? timedOut() : busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        AtomicInteger state = new AtomicInteger(QUEUED);
        Future<T> f;
        try {
            f = workers.submit(() -> {
                if (!state.compareAndSet(QUEUED, RUNNING)) return null; // abandoned before it started; slot already freed
                try {
                    return task.call();
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            throw busy();
        }
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(f, state);
            throw timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(f, state);
            throw busy();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    private void abandon(Future<?> f, AtomicInteger state) {
        if (state.compareAndSet(QUEUED, ABANDONED)) slots.release(); // never started: nobody else will free its slot
        f.cancel(true);
    }

    private ApiException busy() {
        return new ApiException(503, "busy", "all " + maxConcurrent + " summarization slots stayed busy for "
                + human(queueWait) + "; retry shortly");
    }

    private ApiException timedOut() {
        return new ApiException(503, "timeout", "summarizing took longer than the " + human(timeout)
                + " limit; send fewer or shorter documents");
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
