/**
 * JMH benchmarks of Permeate's property models: one realistic call per benchmark, on states
 * prepared once per trial. Run them with {@code ./bench/run} from the repository root; medians
 * are recorded in {@code BENCHMARKS.md}.
 *
 * <p>Every benchmark here uses {@link org.openjdk.jmh.annotations.Mode#SampleTime} in
 * nanoseconds, one fork, 3 × 1 s warm-up and 5 × 1 s measurement (see {@link Settings}), so the
 * whole suite runs in about two minutes. Results are returned from the benchmark methods, so
 * JMH consumes them and the JIT cannot remove the work.
 */
package org.permeate.bench;
