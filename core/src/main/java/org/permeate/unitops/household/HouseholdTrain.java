package org.permeate.unitops.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.Units;
import org.permeate.properties.DensityModel;

/**
 * The stages around a household unit's membrane, as a household file describes them: the
 * prefilter cartridges (their pressure loss, which the unit itself applies: {@link
 * HouseholdSystem#prefilters()}, {@link TanklessSystem#prefilters()}), the carbon that meets the
 * tap's chlorine or chloramine before the polyamide ({@link ActivatedCarbon}), and the post-treatment
 * at the faucet: post-carbon (taste and odour; it changes no ion here), a {@link UvReactor} and a
 * {@link Remineralizer}. Immutable; the models are the ones cited in their classes.
 *
 * @param prefilters      the cartridges ahead of the membrane, in flow order (each with its pressure-loss
 *                        curve; a carbon block without a published curve is not among them)
 * @param carbon          the carbon ahead of the membrane, or null (none: the tap's oxidants reach it)
 * @param freeChlorine    free chlorine at the tap, kg/m³, ≥ 0
 * @param chloramine      monochloramine at the tap (as Cl2), kg/m³, ≥ 0
 * @param postFilters     labels of the post-filters that change no ion (post-carbon)
 * @param uv              the UV reactor at the faucet, or null
 * @param uvTransmittance the product water's UV transmittance over 1 cm, fraction in (0, 1]
 * @param remineralizer   the remineralization cartridge, or null
 * @param faucetFlow      the flow while drawing, m³/s, &gt; 0 (UV fluence, remineralizer contact time)
 */
public record HouseholdTrain(List<Cartridge> prefilters, ActivatedCarbon carbon, double freeChlorine,
                             double chloramine, List<String> postFilters, UvReactor uv, double uvTransmittance,
                             Remineralizer remineralizer, double faucetFlow) {

    /**
     * A faucet flow of 0.5 US gpm (1.9 L/min): an <b>assumption</b>, the order of an RO faucet's
     * flow on a tank at 2/3 of 60 psi; no published figure was found.
     */
    public static final double DEFAULT_FAUCET_FLOW = 0.5 * Units.US_GALLON / 60;

    /** RO permeate's UV transmittance over 1 cm assumed when none is given, 98 % (an assumption). */
    public static final double DEFAULT_UV_TRANSMITTANCE = 0.98;

    /** No stage around the membrane. */
    public static final HouseholdTrain NONE = new HouseholdTrain(List.of(), null, 0, 0, List.of(), null,
            DEFAULT_UV_TRANSMITTANCE, null, DEFAULT_FAUCET_FLOW);

    public HouseholdTrain {
        if (prefilters == null || postFilters == null) {
            throw new PermeateException(Message.MISSING, "household train", "prefilter and post-filter lists");
        }
        prefilters = List.copyOf(prefilters);
        postFilters = List.copyOf(postFilters);
        Checks.nonNegative("free chlorine", freeChlorine);
        Checks.nonNegative("chloramine", chloramine);
        Checks.finite("UV transmittance", uvTransmittance);
        if (!(uvTransmittance > 0 && uvTransmittance <= 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "UV transmittance", uvTransmittance, "0 (exclusive)",
                    "1 (100 %)");
        }
        Checks.positive("faucet flow", faucetFlow);
    }

    /** @return whether anything but the membrane is modelled */
    public boolean isEmpty() {
        return prefilters.isEmpty() && carbon == null && postFilters.isEmpty() && uv == null && remineralizer == null;
    }

    /**
     * What reaches the membrane while it runs.
     *
     * @param feedFlow the flow through the prefilters (the element's feed), m³/s, &gt; 0
     * @return the oxidants at the membrane: through the carbon, or the tap's own (with the
     *         membrane-tolerance warning of {@link ActivatedCarbon#treat} when above 0.1 mg/L)
     */
    public ActivatedCarbon.Oxidants oxidantsAtMembrane(final double feedFlow) {
        Checks.positive("feed flow", feedFlow);
        if (carbon != null) {
            return carbon.treat(feedFlow, freeChlorine, chloramine);
        }
        final double total = freeChlorine + chloramine;
        final List<ModelWarning> w = new ArrayList<>();
        if (total > ActivatedCarbon.MEMBRANE_CHLORINE_LIMIT) {
            w.add(new ModelWarning(WarningKind.OUTSIDE_MAKER_LIMIT, "FilmTec FT30 chlorine tolerance",
                    String.format(Locale.ROOT, "no carbon ahead of the membrane: %.3g mg/L of chlorine reaches the"
                                    + " polyamide (limit 0.1 mg/L); its 1,000 ppm·h tolerance is used up in %.0f h of"
                                    + " running", total * 1e3,
                            ActivatedCarbon.MEMBRANE_CHLORINE_TOLERANCE / total / Units.HOUR)));
        }
        return new ActivatedCarbon.Oxidants(freeChlorine, chloramine, 0.0, Double.POSITIVE_INFINITY, List.copyOf(w));
    }

    /**
     * The carbon's life in calendar time: its rated chlorine capacity over the chlorine a day
     * brings to it, \( V_{cap} C_{cap} / (V_{day} C_{in}) \) (the carbon sees flow only while the
     * membrane runs, so the day's feed volume counts, not the running flow).
     *
     * @param feedVolumePerDay tap water through the carbon per day, m³/d, &gt; 0
     * @return days (infinite without carbon or chlorine)
     */
    public double carbonLifeDays(final double feedVolumePerDay) {
        Checks.positive("feed volume per day", feedVolumePerDay);
        if (carbon == null || !(freeChlorine > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return carbon.capacityVolume() * carbon.capacityConcentration() / (feedVolumePerDay * freeChlorine);
    }

    /**
     * @param day         the simulated day (water must have been drawn)
     * @param temperature K
     * @param density     density model
     * @param membrane    the membrane's microbial log removal ({@link LogRemoval#RO_CREDITED} or
     *                    {@link LogRemoval#RO_INTACT})
     * @return the water at the tap after the post-treatment ({@link TapWater#of})
     */
    public TapWater tap(final DayResult day, final double temperature, final DensityModel density,
                        final LogRemoval membrane) {
        return TapWater.of(day, temperature, density, membrane, remineralizer, uv, faucetFlow, uvTransmittance);
    }
}
