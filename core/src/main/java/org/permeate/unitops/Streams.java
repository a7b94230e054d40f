package org.permeate.unitops;

import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.Stream;

/**
 * Mixing and dividing streams by plain balances: water flows add, solute molar flows add, so
 * every balance closes to rounding error. Streams that meet must carry the same species in the
 * same order (every stream of a flowsheet derives from its feed's composition).
 */
public final class Streams {

    private Streams() {
    }

    /**
     * @param pressure absolute pressure of the mixture, Pa
     * @param streams  the streams (at least one)
     * @return their mixture; its temperature is the water-weighted mean (heat of mixing is neglected)
     */
    public static Stream mix(final double pressure, final List<Stream> streams) {
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("nothing to mix");
        }
        final Composition template = streams.get(0).composition();
        final int n = template.size();
        double water = 0;
        double heat = 0;
        final double[] moles = new double[n];
        for (Stream s : streams) {
            if (s.composition().size() != n || !s.composition().species().equals(template.species())) {
                throw new PermeateException(Message.CONFLICTING, "the species of " + template.species(),
                        "those of " + s.composition().species() + " in one mixture");
            }
            water += s.waterMassFlow();
            heat += s.waterMassFlow() * s.temperature();
            for (int i = 0; i < n; i++) {
                moles[i] += s.soluteMolarFlow(i);
            }
        }
        if (!(water > 0)) {
            return new Stream(0.0, streams.get(0).solution().withPressure(pressure));
        }
        final double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = moles[i] / water;
        }
        return new Stream(water, new Solution(template.withMolalities(m), heat / water, pressure));
    }

    /** @return the mixture of two streams at the given absolute pressure, Pa */
    public static Stream mix(final double pressure, final Stream a, final Stream b) {
        return mix(pressure, List.of(a, b));
    }

    /**
     * @param s        a stream
     * @param fraction the part of it to take, 0–1
     * @return that part, same composition and state
     */
    public static Stream part(final Stream s, final double fraction) {
        return s.withWaterMassFlow(s.waterMassFlow() * fraction);
    }

    /**
     * @param whole    a stream
     * @param taken    a part of it already taken away (same species)
     * @param pressure absolute pressure of what remains, Pa
     * @return what remains: water and every solute flow of {@code whole} less those of {@code taken}
     *         (clipped at zero against rounding), at the whole's composition where nothing remains
     */
    public static Stream remainder(final Stream whole, final Stream taken, final double pressure) {
        final int n = whole.composition().size();
        final double water = whole.waterMassFlow() - taken.waterMassFlow();
        if (!(water > 1e-15 * whole.waterMassFlow())) {
            return new Stream(0.0, whole.solution().withPressure(pressure));
        }
        final double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = Math.max(0.0, whole.soluteMolarFlow(i) - taken.soluteMolarFlow(i)) / water;
        }
        return new Stream(water, new Solution(whole.composition().withMolalities(m), whole.temperature(), pressure));
    }

    /**
     * @param a a stream
     * @param b another of the same species
     * @return the largest relative difference of their water and solute flows (relative to a's
     *         flows, or to its water flow for solutes it nearly lacks)
     */
    public static double difference(final Stream a, final Stream b) {
        final double scale = Math.max(a.waterMassFlow(), Double.MIN_NORMAL);
        double d = Math.abs(a.waterMassFlow() - b.waterMassFlow()) / scale;
        for (int i = 0; i < a.composition().size(); i++) {
            final double fa = a.soluteMolarFlow(i);
            final double fb = b.soluteMolarFlow(i);
            final double ref = Math.max(Math.abs(fa), 1e-12 * scale);
            d = Math.max(d, Math.abs(fa - fb) / ref);
        }
        return d;
    }
}
