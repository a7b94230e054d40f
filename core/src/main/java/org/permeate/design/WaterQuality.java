package org.permeate.design;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.permeate.chemistry.Constituent;
import org.permeate.chemistry.Langelier;
import org.permeate.chemistry.Mineral;
import org.permeate.chemistry.Minerals;
import org.permeate.chemistry.Speciated;
import org.permeate.chemistry.StiffDavis;
import org.permeate.chemistry.WaterAnalysis;
import org.permeate.chemistry.WaterChemistry;
import org.permeate.element.ElementResult;
import org.permeate.element.LocalState;
import org.permeate.element.SegmentResult;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.flowsheet.PassResult;
import org.permeate.flowsheet.StageResult;
import org.permeate.flowsheet.SystemResult;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackages;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The chemistry of a solved system's streams: the pH each carries (from its inorganic carbon
 * and alkalinity, {@link WaterChemistry#of}), and the saturation index of every scaling mineral
 * in each concentrate — in the bulk leaving the last element and at that element's membrane
 * surface, where polarisation concentrates the rejected ions by β. An RO scalant
 * ({@link Minerals#RO_SCALANTS}) above saturation in a concentrate is a
 * {@link WarningKind#SCALING_RISK}. Stateless.
 */
public final class WaterQuality {

    private WaterQuality() {
    }

    /**
     * One stream's chemistry.
     *
     * @param stream     what it is ("raw feed", "pass 1 concentrate", "pass 1 membrane surface (outlet)", ...)
     * @param water      the speciated water
     * @param saturation saturation index of each scaling mineral whose ions it has
     * @param langelier  Langelier saturation index (brackish practice), if the water has calcium and alkalinity
     * @param stiffDavis Stiff &amp; Davis stability index (seawater practice), likewise
     */
    public record StreamChemistry(String stream, Speciated water, Map<Mineral, Double> saturation,
                                  OptionalDouble langelier, OptionalDouble stiffDavis) {
        public StreamChemistry {
            saturation = Map.copyOf(saturation);
        }
    }

    /**
     * The chemistry and its warnings.
     *
     * @param streams  each stream's chemistry, feed first
     * @param warnings scaling risks, and streams whose chemistry could not be computed
     */
    public record Review(List<StreamChemistry> streams, List<ModelWarning> warnings) {
        public Review {
            streams = List.copyOf(streams);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param r a solved system
     * @return the chemistry of its feed, product, and each pass's permeate, concentrate and
     *         membrane surface at the concentrate end
     */
    public static Review of(final SystemResult r) {
        final List<StreamChemistry> out = new ArrayList<>();
        final List<ModelWarning> warnings = new ArrayList<>();
        final double t = r.feed().temperature();
        add(out, warnings, "raw feed", r.feed().composition(), t);
        final boolean many = r.passes().size() > 1;
        for (PassResult p : r.passes()) {
            final String pass = many ? "pass " + (p.index() + 1) + " " : "";
            add(out, warnings, pass + "membrane feed", p.membraneFeed().composition(), t);
            add(out, warnings, pass + "permeate", p.permeate().composition(), t);
            final StreamChemistry concentrate = add(out, warnings, pass + "concentrate", p.concentrate().composition(),
                    t);
            final StageResult lastStage = p.stages().get(p.stages().size() - 1);
            final List<ElementResult> elements = lastStage.vessel().elements();
            final List<SegmentResult> segments = elements.get(elements.size() - 1).segments();
            final LocalState outlet = segments.get(segments.size() - 1).outlet();
            final StreamChemistry wall = add(out, warnings, pass + "membrane surface at the concentrate end",
                    outlet.wall(), t);
            if (concentrate != null) {
                for (Map.Entry<Mineral, Double> e : concentrate.saturation().entrySet()) {
                    if (e.getValue() > 0 && Minerals.RO_SCALANTS.contains(e.getKey())) {
                        final Double atWall = wall == null ? null : wall.saturation().get(e.getKey());
                        warnings.add(new ModelWarning(WarningKind.SCALING_RISK, "saturation index of "
                                + e.getKey().name() + " (" + e.getKey().k().source() + ")", String.format(Locale.ROOT,
                                "%s is supersaturated in the %sconcentrate: SI = %.2f (%s at the membrane surface)"
                                        + "; it needs an antiscalant, acid or a lower recovery", e.getKey().name(), pass,
                                e.getValue(),
                                atWall == null ? "n/a" : String.format(Locale.ROOT, "%.2f", atWall))));
                    }
                }
            }
        }
        add(out, warnings, "product", r.product().composition(), t);
        return new Review(out, warnings);
    }

    /**
     * LSI (Carrier form) or S&amp;DSI of a stream, from its composition as carried and the pH its
     * chemistry gives; empty when it lacks calcium or alkalinity or the index's model refuses it.
     */
    private static OptionalDouble index(final Composition c, final Speciated w, final boolean langelier) {
        final Map<Constituent, Double> m = new EnumMap<>(Constituent.class);
        for (int i = 0; i < c.size(); i++) {
            final Species sp = c.species(i);
            for (Constituent k : Constituent.values()) {
                if (k.species().equals(sp)) {
                    m.merge(k, c.molality(i), Double::sum);
                }
            }
            if (sp.equals(SpeciesCatalog.BOH4)) {
                m.merge(Constituent.B, c.molality(i), Double::sum);
            }
        }
        if (!(m.getOrDefault(Constituent.CA, 0.0) > 0) || !(w.alkalinity() > 0)) {
            return OptionalDouble.empty();
        }
        try {
            final WaterAnalysis a = new WaterAnalysis(m, w.pH(), w.temperature(), OptionalDouble.empty(),
                    OptionalDouble.empty(), PropertyPackages.GENERAL.density());
            return OptionalDouble.of(langelier ? Langelier.of(a).value() : StiffDavis.of(a).value());
        } catch (PermeateException e) {
            return OptionalDouble.empty();
        }
    }

    private static StreamChemistry add(final List<StreamChemistry> out, final List<ModelWarning> warnings,
                                       final String name, final Composition c, final double temperature) {
        try {
            final Speciated w = WaterChemistry.of(c, temperature);
            final Map<Mineral, Double> si = new LinkedHashMap<>();
            for (Mineral m : Minerals.SCALING) {
                final OptionalDouble v = m.saturationIndex(w);
                v.ifPresent(x -> si.put(m, x));
            }
            final StreamChemistry s = new StreamChemistry(name, w, si, index(c, w, true), index(c, w, false));
            out.add(s);
            return s;
        } catch (PermeateException e) {
            warnings.add(new ModelWarning(WarningKind.CHEMISTRY_NOT_COMPUTED, "speciation", "the " + name
                    + "'s pH and saturation could not be computed: " + e.getMessage()));
            return null;
        }
    }
}
