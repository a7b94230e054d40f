package org.permeate.element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.RangePolicy;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;
import org.permeate.solver.Brent;

/**
 * Steady state of one membrane element along its feed channel: the feed enters at one end, water
 * and solutes cross the membrane at the local rates given by {@link LocalTransport}, and the
 * concentrate leaves at the other end at a lower pressure.
 *
 * <p>The channel is cut into segments of equal length. The state carried along it is the feed's
 * water flow, the molar flow of each solute and the pressure; what a segment's feed loses is
 * exactly what its permeate gains, so water and every solute balance to rounding error whatever
 * the discretization ({@link Discretization}). Stateless; thread-safe.
 */
public final class ElementModel {

    private static final int MAX_FIXED_POINT_ITERATIONS = 500;
    private static final double FIXED_POINT_TOLERANCE = 1e-13;

    private ElementModel() {
    }

    /**
     * @param element          the element
     * @param feed             the feed stream entering it (its pressure is the feed pressure)
     * @param permeatePressure absolute permeate pressure, Pa
     * @param options          how to compute
     * @return the element's performance
     */
    public static ElementResult solve(final Element element, final Stream feed, final double permeatePressure,
                                      final ElementOptions options) {
        if (feed.waterMassFlow() <= 0) {
            throw new PermeateException(Message.NOT_ABOVE, "feed water flow", "0 kg/s", feed.waterMassFlow());
        }
        if (!(permeatePressure > 0) || !Double.isFinite(permeatePressure)) {
            throw new PermeateException(Message.NOT_ABOVE, "absolute permeate pressure", "0 Pa", permeatePressure);
        }
        final Composition template = feed.composition();
        final LocalTransport local = new LocalTransport(element.geometry(), element.membrane(), options, template,
                feed.temperature(), permeatePressure);
        final List<SegmentResult> segments = switch (options.discretization()) {
            case TRAPEZOIDAL -> trapezoidal(element, feed, local, options.segments());
            case BACKWARD_DIFFERENCE -> backward(element, feed, local, options.segments());
            case LUMPED_TWO_POINT -> lumped(element, feed, local);
        };
        return result(element, feed, permeatePressure, options, segments);
    }

    // ------------------------------------------------------------------------------ schemes

    /**
     * Heun's method: predictor at the segment outlet, trapezoidal corrector. A segment whose
     * predictor would remove more than {@value #MAX_STEP_FRACTION} of its feed water (or leave an
     * impossible concentration) is integrated in halves, recursively: the report keeps the
     * segments asked for, their permeate summed over the sub-steps.
     */
    private static List<SegmentResult> trapezoidal(final Element element, final Stream feed, final LocalTransport local,
                                                   final int count) {
        final double length = element.geometry().length();
        final double dx = length / count;
        final double areaPerLength = element.geometry().areaPerLength();
        final Marcher m = new Marcher(element, feed, local);
        LocalState start = local.solve(0.0, feed.waterMassFlow(), m.flows, feed.pressure());
        final List<SegmentResult> segments = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            final double waterIn = m.water;
            final double[] flowsIn = m.flows.clone();
            final LocalState end = m.advance(start, s * dx, (s + 1) * dx, areaPerLength, 0);
            final double[] permeated = new double[flowsIn.length];
            for (int i = 0; i < permeated.length; i++) {
                permeated[i] = flowsIn[i] - m.flows[i];
            }
            segments.add(new SegmentResult(s, start, end, areaPerLength * dx, waterIn - m.water, permeated));
            start = end;
        }
        return segments;
    }

    /** Largest fraction of a step's feed water the predictor may remove before the step is halved. */
    private static final double MAX_STEP_FRACTION = 0.4;

    private static final int MAX_HALVINGS = 16;

    /** The state marched along the channel by the trapezoidal scheme. */
    private static final class Marcher {
        private final Element element;
        private final Stream feed;
        private final LocalTransport local;
        private final Composition composition;
        private double water;
        private double pressure;
        private final double[] flows;

        Marcher(final Element element, final Stream feed, final LocalTransport local) {
            this.element = element;
            this.feed = feed;
            this.local = local;
            this.composition = feed.composition();
            this.water = feed.waterMassFlow();
            this.pressure = feed.pressure();
            this.flows = molarFlows(feed);
        }

        /** Advances from x0 (state {@code start}) to x1; returns the state at x1. */
        LocalState advance(final LocalState start, final double x0, final double x1, final double areaPerLength,
                           final int depth) {
            final double dx = x1 - x0;
            final double area = areaPerLength * dx;
            final int n = flows.length;
            final double[] js0 = start.soluteFlux();
            final double predictedWater = water - area * start.waterFlux();
            final double predictedPressure = pressure + dx * start.pressureGradient();
            LocalState guess = null;
            if (predictedWater > (1 - MAX_STEP_FRACTION) * water
                    && predictedPressure >= local.permeatePressure()) {
                final double[] predicted = new double[n];
                for (int i = 0; i < n; i++) {
                    predicted[i] = Math.max(0.0, flows[i] - area * js0[i] / composition.species(i).molarMass());
                }
                try {
                    guess = local.solve(x1, predictedWater, predicted, predictedPressure);
                } catch (PermeateException e) {
                    if (e.kind() != Message.IMPOSSIBLE_CONCENTRATION || depth >= MAX_HALVINGS) {
                        throw e;
                    }
                }
            }
            if (guess == null) {
                if (depth >= MAX_HALVINGS) {
                    requireWater(element, feed, predictedWater, x1);
                    requirePressure(element, feed, predictedPressure, x1, local);
                    throw new PermeateException(Message.FEED_EXHAUSTED, element.name(), Numbers.significant(x1, 3) + " m",
                            String.format(Locale.ROOT, "%.1f %%", 100.0 * (1.0 - water / feed.waterMassFlow())));
                }
                final double xm = 0.5 * (x0 + x1);
                final LocalState middle = advance(start, x0, xm, areaPerLength, depth + 1);
                return advance(middle, xm, x1, areaPerLength, depth + 1);
            }
            final double[] js1 = guess.soluteFlux();
            water -= 0.5 * area * (start.waterFlux() + guess.waterFlux());
            for (int i = 0; i < n; i++) {
                flows[i] = Math.max(0.0, flows[i] - 0.5 * area * (js0[i] + js1[i]) / composition.species(i).molarMass());
            }
            pressure += 0.5 * dx * (start.pressureGradient() + guess.pressureGradient());
            requireWater(element, feed, water, x1);
            requirePressure(element, feed, pressure, x1, local);
            return local.solve(x1, water, flows, pressure);
        }
    }

    /** WaterTAP ReverseOsmosis1D: backward differences, fluxes at each segment's outlet node. */
    private static List<SegmentResult> backward(final Element element, final Stream feed, final LocalTransport local,
                                                final int count) {
        final int n = feed.composition().size();
        final double dx = element.geometry().length() / count;
        final double area = element.geometry().area() / count;
        double water = feed.waterMassFlow();
        double pressure = feed.pressure();
        final double[] flows = molarFlows(feed);
        LocalState start = local.solve(0.0, water, flows, pressure);
        final List<SegmentResult> segments = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            final double x1 = (s + 1) * dx;
            final Implicit end = implicitOutlet(element, feed, local, x1, water, flows, pressure, area, dx, null);
            requirePressure(element, feed, end.pressure, x1, local);
            final double[] permeated = new double[n];
            for (int i = 0; i < n; i++) {
                permeated[i] = flows[i] - end.flows[i];
                flows[i] = end.flows[i];
            }
            segments.add(new SegmentResult(s, start, end.state, area, water - end.water, permeated));
            water = end.water;
            pressure = end.pressure;
            start = end.state;
        }
        return segments;
    }

    /** WaterTAP ReverseOsmosis0D: one segment, inlet and outlet fluxes averaged. */
    private static List<SegmentResult> lumped(final Element element, final Stream feed, final LocalTransport local) {
        final int n = feed.composition().size();
        final double[] flows = molarFlows(feed);
        final LocalState inlet = local.solve(0.0, feed.waterMassFlow(), flows, feed.pressure());
        final double length = element.geometry().length();
        final Implicit end = implicitOutlet(element, feed, local, length, feed.waterMassFlow(), flows, feed.pressure(),
                element.geometry().area(), length, inlet);
        requirePressure(element, feed, end.pressure, length, local);
        final double[] permeated = new double[n];
        for (int i = 0; i < n; i++) {
            permeated[i] = flows[i] - end.flows[i];
        }
        return List.of(new SegmentResult(0, inlet, end.state, element.geometry().area(),
                feed.waterMassFlow() - end.water, permeated));
    }

    private record Implicit(double water, double[] flows, double pressure, LocalState state) {
    }

    /**
     * Solves for the outlet of a segment whose permeate depends on the outlet state itself:
     * backward differences (inlet == null: flux at the outlet) or the two-point average (inlet
     * given: mean of inlet and outlet fluxes). The outlet water flow W solves
     * \( g(W) = W - W_0 + a\,w\,[J_w(W) + J_{w,in}] = 0 \), which increases with W (a more
     * concentrated outlet permeates less), by Brent's method on a bracket found by halving W from
     * W_0; for each trial W the outlet solute flows and pressure follow by fixed-point iteration
     * (they depend on W strongly but on themselves weakly). A trial W so small that the membrane
     * surface would hold no water lies below the root.
     */
    private static Implicit implicitOutlet(final Element element, final Stream feed, final LocalTransport local,
                                           final double position, final double water0, final double[] flows0,
                                           final double pressure0, final double area, final double dx,
                                           final LocalState inlet) {
        final OutletBalance balance = new OutletBalance(feed, local, position, water0, flows0, pressure0, area, dx, inlet);
        final double gHigh = balance.residual(water0);
        double low = water0;
        double gLow = gHigh;
        while (gLow > 0) {
            low *= 0.5;
            if (low < 1e-9 * water0) {
                throw new PermeateException(Message.FEED_EXHAUSTED, element.name(), Numbers.significant(position, 3) + " m",
                        "100 %");
            }
            gLow = balance.residual(low);
        }
        final double high = Math.min(water0, 2 * low);
        final double gHighBracket = high == water0 ? gHigh : balance.residual(high);
        final double water = Brent.solve(element.name() + ": outlet of the segment ending at "
                        + Numbers.compact(position) + " m", balance::residual, low, gLow, high, gHighBracket,
                FIXED_POINT_TOLERANCE * water0, 200);
        balance.residual(water);
        return new Implicit(water, balance.flows.clone(), balance.pressure, balance.state);
    }

    /** The implicit outlet balance of one segment, for a trial outlet water flow. */
    private static final class OutletBalance {
        private final Stream feed;
        private final LocalTransport local;
        private final double position;
        private final double water0;
        private final double[] flows0;
        private final double pressure0;
        private final double area;
        private final double dx;
        private final LocalState inlet;
        private final double weight;
        private final double[] inletFlux;
        private final double[] flows;
        private double pressure;
        private LocalState state;

        OutletBalance(final Stream feed, final LocalTransport local, final double position, final double water0,
                      final double[] flows0, final double pressure0, final double area, final double dx,
                      final LocalState inlet) {
            this.feed = feed;
            this.local = local;
            this.position = position;
            this.water0 = water0;
            this.flows0 = flows0.clone();
            this.pressure0 = pressure0;
            this.area = area;
            this.dx = dx;
            this.inlet = inlet;
            this.weight = inlet == null ? 1.0 : 0.5;
            this.inletFlux = inlet == null ? new double[flows0.length] : inlet.soluteFlux();
            this.flows = flows0.clone();
            this.pressure = pressure0;
        }

        /** @return g(W), kg/s; +∞-like negative when the trial outlet cannot exist */
        double residual(final double water) {
            final double inletWaterFlux = inlet == null ? 0.0 : inlet.waterFlux();
            final double inletGradient = inlet == null ? 0.0 : inlet.pressureGradient();
            try {
                for (int iter = 0; iter < MAX_FIXED_POINT_ITERATIONS; iter++) {
                    state = local.solve(position, water, flows, pressure);
                    final double[] js = state.soluteFlux();
                    double change = 0;
                    for (int i = 0; i < flows.length; i++) {
                        final double next = Math.max(0.0, flows0[i] - area * weight * (js[i] + inletFlux[i])
                                / feed.composition().species(i).molarMass());
                        if (flows0[i] > 0) {
                            change = Math.max(change, Math.abs(next - flows[i]) / flows0[i]);
                        }
                        flows[i] = next;
                    }
                    final double nextPressure = pressure0 + dx * weight * (state.pressureGradient() + inletGradient);
                    change = Math.max(change, Math.abs(nextPressure - pressure) / pressure0);
                    pressure = Math.max(nextPressure, 1e-6 * pressure0);
                    if (change < FIXED_POINT_TOLERANCE) {
                        state = local.solve(position, water, flows, pressure);
                        return water - water0 + area * weight * (state.waterFlux() + inletWaterFlux);
                    }
                }
            } catch (PermeateException e) {
                if (e.kind() == Message.IMPOSSIBLE_CONCENTRATION) {
                    System.arraycopy(flows0, 0, flows, 0, flows.length);
                    pressure = pressure0;
                    return -water0;
                }
                throw e;
            }
            throw new PermeateException(Message.NO_CONVERGENCE, "solute balance of the segment ending at "
                    + Numbers.compact(position) + " m", MAX_FIXED_POINT_ITERATIONS);
        }
    }

    private static double[] molarFlows(final Stream feed) {
        final double[] flows = new double[feed.composition().size()];
        for (int i = 0; i < flows.length; i++) {
            flows[i] = feed.soluteMolarFlow(i);
        }
        return flows;
    }

    /** The feed side must stay above the permeate pressure, or the flow through the membrane would reverse. */
    private static void requirePressure(final Element element, final Stream feed, final double pressure, final double x,
                                        final LocalTransport local) {
        if (!(pressure >= local.permeatePressure() && pressure > 0)) {
            throw new PermeateException(Message.PRESSURE_EXHAUSTED, element.name(), Numbers.significant(x, 3) + " m",
                    Numbers.significant(feed.totalMassFlow() * 3600, 4) + " kg/h");
        }
    }

    private static void requireWater(final Element element, final Stream feed, final double water, final double x) {
        if (!(water > 1e-9 * feed.waterMassFlow())) {
            throw new PermeateException(Message.FEED_EXHAUSTED, element.name(),
                    Numbers.significant(x, 3) + " m", String.format(Locale.ROOT, "%.1f %%",
                            100.0 * (1.0 - Math.max(0.0, water) / feed.waterMassFlow())));
        }
    }

    // ------------------------------------------------------------------------------ results

    private static ElementResult result(final Element element, final Stream feed, final double permeatePressure,
                                        final ElementOptions options, final List<SegmentResult> segments) {
        final Composition c = feed.composition();
        final int n = c.size();
        double permeateWater = 0;
        final double[] permeateFlows = new double[n];
        for (SegmentResult s : segments) {
            permeateWater += s.permeateWaterFlow();
            final double[] p = s.permeateMolarFlows();
            for (int i = 0; i < n; i++) {
                permeateFlows[i] += p[i];
            }
        }
        final LocalState outlet = segments.get(segments.size() - 1).outlet();
        final Stream concentrate = new Stream(outlet.waterMassFlow(), outlet.bulk());
        final double[] mp = new double[n];
        for (int i = 0; i < n; i++) {
            mp[i] = permeateWater > 0 ? permeateFlows[i] / permeateWater : 0.0;
        }
        final Stream permeate = new Stream(permeateWater,
                new Solution(c.withMolalities(mp), feed.temperature(), permeatePressure));
        final List<PressureDeficit> deficits = deficits(segments);
        return new ElementResult(element, feed, concentrate, permeate, segments, deficits,
                warnings(element, feed, concentrate, options, segments, deficits));
    }

    private static List<PressureDeficit> deficits(final List<SegmentResult> segments) {
        final List<PressureDeficit> list = new ArrayList<>();
        double start = -1;
        double end = 0;
        double max = 0;
        final List<LocalState> nodes = new ArrayList<>();
        nodes.add(segments.get(0).inlet());
        for (SegmentResult s : segments) {
            nodes.add(s.outlet());
        }
        for (LocalState node : nodes) {
            final double d = node.pressureDeficit();
            if (d > 0) {
                if (start < 0) {
                    start = node.position();
                }
                end = node.position();
                max = Math.max(max, d);
            } else if (start >= 0) {
                list.add(new PressureDeficit(start, node.position(), max));
                start = -1;
                max = 0;
            }
        }
        if (start >= 0) {
            list.add(new PressureDeficit(start, end, max));
        }
        return list;
    }

    private static List<ModelWarning> warnings(final Element element, final Stream feed, final Stream concentrate,
                                               final ElementOptions options, final List<SegmentResult> segments,
                                               final List<PressureDeficit> deficits) {
        final PropertyPackage p = options.properties();
        final LinkedHashSet<ModelWarning> w = new LinkedHashSet<>();
        w.addAll(p.osmotic(feed.solution(), RangePolicy.WARN).warnings());
        w.addAll(p.osmotic(concentrate.solution(), RangePolicy.WARN).warnings());
        final LocalState first = segments.get(0).inlet();
        final LocalState last = segments.get(segments.size() - 1).outlet();
        w.addAll(p.osmotic().warnings(new Solution(last.wall(), feed.temperature(), last.bulk().pressure())));
        w.addAll(element.membrane().temperatureCorrection().warnings(feed.temperature()));
        if (options.polarization() instanceof Polarization.Film film) {
            for (LocalState s : List.of(first, last)) {
                final double sc = s.viscosity() / (s.density() * p.diffusivity().saltDiffusivity(s.bulk()));
                w.addAll(film.correlation().warnings(s.reynolds(), sc));
            }
        }
        if (options.pressureDrop() instanceof PressureDrop.Friction f) {
            w.addAll(f.correlation().warnings(first.reynolds()));
            w.addAll(f.correlation().warnings(last.reynolds()));
        }
        for (PressureDeficit d : deficits) {
            w.add(new ModelWarning(WarningKind.INSUFFICIENT_PRESSURE, element.name(), String.format(Locale.ROOT,
                    "%s: from %.3g m to %.3g m of its %.3g m the transmembrane pressure is up to %.3g bar below the "
                            + "feed's osmotic pressure; water permeates there only because salt passes with it",
                    element.name(), d.start(), d.end(), element.geometry().length(), d.maxDeficit() / 1e5)));
        }
        return List.copyOf(w);
    }
}
