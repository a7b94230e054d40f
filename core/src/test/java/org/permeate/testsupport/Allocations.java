package org.permeate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.DoubleSupplier;

import org.junit.jupiter.api.Assumptions;

/** Measures what a hot-path call allocates, with HotSpot's per-thread allocation counter. */
public final class Allocations {

    private Allocations() {
    }

    /**
     * Runs a call {@code calls} times to let the JIT compile it, then counts the bytes this thread
     * allocates during {@code calls} more runs. The results are summed and checked to be finite, so
     * that the calls cannot be optimised away. Skips the test (an assumption) where the JVM has no
     * per-thread allocation counter or has it switched off.
     *
     * @param calls how many calls to warm up with, and to measure
     * @param call  the call, returning some result of it
     * @return the bytes allocated by the measured calls
     */
    public static long bytesAllocatedBy(final int calls, final DoubleSupplier call) {
        final ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        double sink = 0;
        for (int i = 0; i < calls; i++) {
            sink += call.getAsDouble();
        }
        final long id = Thread.currentThread().threadId();
        final long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < calls; i++) {
            sink += call.getAsDouble();
        }
        final long allocated = mx.getThreadAllocatedBytes(id) - before;
        assertThat(sink).isFinite();
        return allocated;
    }
}
