package org.permeate.properties.brine;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.species.Species;

/**
 * Turns a composition (molalities of ions and neutral species) into Laliberté's solutes and sums
 * their contributions, without allocating. Shared by {@link LaliberteDensity} and
 * {@link LaliberteViscosity}.
 *
 * <p><b>Ions to salts.</b> Laliberté's equations take the mass fraction of each salt; a water
 * analysis gives ions. Each cation c is paired with each anion a in proportion to the anion's share
 * of the anion equivalents, and vice versa — the equivalent-fraction weighting of Reilly, Wood &amp;
 * Robinson, "Prediction of osmotic and activity coefficients in mixed-electrolyte solutions",
 * J. Phys. Chem. 75 (1971) 1305–1315 (the weighting of Young's mixing rule). Salt ca receives
 * \( \mu_{ca} = m_c M_c \, e_a/E_- + m_a M_a \, e_c/E_+ \) kg per kg of water, with
 * \(e_c = m_c z_c\), \(e_a = m_a |z_a|\), \(E_+ = \sum e_c\), \(E_- = \sum e_a\). For a neutral
 * solution (\(E_+ = E_-= E\)) this is the salt with \(e_c e_a / E\) equivalents; with a small charge
 * imbalance each side is normalised by its own total, so every ion's mass is kept exactly and
 * \(w_w = 1 - \sum_i w_i\) holds. Then \( w_{ca} = \mu_{ca} / (1 + \sum_k m_k M_k) \). Laliberté's
 * papers treat mixtures given as salts; the split of ions into salts is Permeate's choice (it is not
 * known which split Laliberté &amp; Cooper used for their seawater comparison).
 *
 * <p>Ions without any counter-ion (only cations, or only anions, given) are taken as their salt
 * with Cl⁻ (cations) or Na⁺ (anions), with the ion's own mass. Species of kind OSMOLYTE have no mass
 * and are ignored.
 *
 * <p><b>Warnings</b> are raised for a solute only when it matters: when its mass fraction is at
 * least {@value #SIGNIFICANT_MASS_FRACTION} (100 mg/kg) and at least
 * {@value #SIGNIFICANT_SHARE} of the dissolved mass. Below either bound, no choice of coefficients
 * moves the density by more than about 0.01 % (\(\Delta\rho/\rho \lesssim w_i\)) or the viscosity by
 * more than about 0.05 % (\(\Delta\ln\eta \lesssim 3 w_i\)), well inside the model's accuracy.
 */
final class LaliberteMixture {

    /** Mass fraction below which a solute raises no warning. */
    static final double SIGNIFICANT_MASS_FRACTION = 1e-4;
    /** Share of the dissolved mass below which a solute raises no warning. */
    static final double SIGNIFICANT_SHARE = 0.01;
    /** Relative charge imbalance \(|E_+ - E_-|/(E_+ + E_-)\) above which a warning is raised. */
    static final double CHARGE_IMBALANCE_TOLERANCE = 0.05;

    /** Temperature domain where the equations can be evaluated at all, K (−30 °C to 200 °C). */
    static final double MIN_TEMPERATURE = 243.15;
    static final double MAX_TEMPERATURE = 473.15;

    private LaliberteMixture() {
    }

    /**
     * @param temperature K
     * @throws PermeateException outside −30 °C to 200 °C, where the pure-water equations and some
     *                           solute equations are no longer defined (denominators vanish)
     */
    static void checkDomain(final double temperature) {
        // 1e-9 K of slack, so that -30 °C and 200 °C converted to K are accepted
        if (!(temperature >= MIN_TEMPERATURE - 1e-9 && temperature <= MAX_TEMPERATURE + 1e-9)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "temperature for Laliberté's equations (K)",
                    temperature, MIN_TEMPERATURE, MAX_TEMPERATURE);
        }
    }

    /**
     * @param c a composition
     * @return dissolved mass per mass of water, kg/kg (osmolytes count zero)
     */
    static double soluteMassPerWaterMass(final Composition c) {
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            final Species s = c.species(i);
            if (s.kind() != Species.Kind.OSMOLYTE) {
                sum += c.molality(i) * s.molarMass();
            }
        }
        return sum;
    }

    /**
     * \( \sum_i w_i f_i(u, t) \) over Laliberté's solutes formed from the composition, where
     * \(f_i\) is the apparent specific volume (m³/kg) or \(\ln(\eta_i/\mathrm{mPa\,s})\).
     *
     * @param c         the composition
     * @param celsius   temperature, °C
     * @param u         mass fraction of all solutes, \(1 - w_w\)
     * @param massRatio dissolved mass per mass of water, kg/kg (so that \(w = \mu/(1 + \mathrm{massRatio})\))
     * @param viscosity true for \(\ln \eta_i\), false for the specific volume
     * @return the weighted sum
     */
    static double weightedSum(final Composition c, final double celsius, final double u, final double massRatio,
                              final boolean viscosity) {
        final double solutionPerWater = 1 + massRatio;
        double cationEq = 0;
        double anionEq = 0;
        for (int i = 0; i < c.size(); i++) {
            final int z = c.species(i).charge();
            if (z > 0) {
                cationEq += c.molality(i) * z;
            } else if (z < 0) {
                anionEq -= c.molality(i) * z;
            }
        }
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            final Species s = c.species(i);
            final double m = c.molality(i);
            if (m == 0 || s.kind() == Species.Kind.OSMOLYTE) {
                continue;
            }
            if (s.kind() == Species.Kind.NEUTRAL) {
                final int k = SolutePairing.neutralEntry(viscosity, SolutePairing.catalogIndex(s), s);
                sum += m * s.molarMass() / solutionPerWater * value(k, u, celsius, viscosity);
            } else if (s.isCation()) {
                final int ci = SolutePairing.catalogIndex(s);
                if (anionEq == 0) {
                    final int k = SolutePairing.pairEntry(viscosity, ci, s, SolutePairing.CHLORIDE,
                            SolutePairing.catalogSpecies(SolutePairing.CHLORIDE));
                    sum += m * s.molarMass() / solutionPerWater * value(k, u, celsius, viscosity);
                    continue;
                }
                final double cationShare = m * s.charge() / cationEq;
                for (int j = 0; j < c.size(); j++) {
                    final Species a = c.species(j);
                    final double ma = c.molality(j);
                    if (!a.isAnion() || ma == 0) {
                        continue;
                    }
                    final double mu = m * s.molarMass() * (-ma * a.charge() / anionEq)
                            + ma * a.molarMass() * cationShare;
                    final int k = SolutePairing.pairEntry(viscosity, ci, s, SolutePairing.catalogIndex(a), a);
                    sum += mu / solutionPerWater * value(k, u, celsius, viscosity);
                }
            } else if (cationEq == 0) {
                // an anion with no cation at all: taken as its sodium salt
                final int k = SolutePairing.pairEntry(viscosity, SolutePairing.SODIUM,
                        SolutePairing.catalogSpecies(SolutePairing.SODIUM), SolutePairing.catalogIndex(s), s);
                sum += m * s.molarMass() / solutionPerWater * value(k, u, celsius, viscosity);
            }
        }
        return sum;
    }

    private static double value(final int entry, final double u, final double celsius, final boolean viscosity) {
        final LaliberteSolute s = LaliberteSolutes.at(entry);
        return viscosity ? s.lnViscosityMilliPascalSecondsAtCelsius(u, celsius) : s.specificVolumeAtCelsius(u, celsius);
    }

    // ---- warnings (not on the hot path: allocation allowed) ---------------------------------

    /**
     * Collects the warnings of one property for one state.
     *
     * @param c           the composition
     * @param temperature K
     * @param viscosity   true for the viscosity model, false for density
     * @param source      the model's name, for the messages
     * @return the warnings, each at most once
     */
    static List<ModelWarning> warnings(final Composition c, final double temperature, final boolean viscosity,
                                       final String source) {
        final List<ModelWarning> out = new ArrayList<>();
        final double massRatio = soluteMassPerWaterMass(c);
        final double u = massRatio / (1 + massRatio);
        double cationEq = 0;
        double anionEq = 0;
        for (int i = 0; i < c.size(); i++) {
            final int z = c.species(i).charge();
            if (z > 0) {
                cationEq += c.molality(i) * z;
            } else if (z < 0) {
                anionEq -= c.molality(i) * z;
            }
        }
        if (cationEq + anionEq > 0 && Math.abs(cationEq - anionEq) / (cationEq + anionEq) > CHARGE_IMBALANCE_TOLERANCE) {
            add(out, new ModelWarning(WarningKind.CHARGE_IMBALANCE, source, "cation equivalents "
                    + Numbers.significant(cationEq, 4) + " and anion equivalents " + Numbers.significant(anionEq, 4)
                    + " eq/kg differ by more than " + (int) (100 * CHARGE_IMBALANCE_TOLERANCE)
                    + " %; each side was normalised by its own total to form salts"));
        }
        if (u == 0) {
            return out;
        }
        for (int i = 0; i < c.size(); i++) {
            final Species s = c.species(i);
            final double m = c.molality(i);
            if (m == 0 || s.kind() == Species.Kind.OSMOLYTE) {
                continue;
            }
            if (s.kind() == Species.Kind.NEUTRAL) {
                final int ni = SolutePairing.catalogIndex(s);
                final double w = m * s.molarMass() / (1 + massRatio);
                if (significant(w, u)) {
                    final int k = SolutePairing.neutralEntry(viscosity, ni, s);
                    if (SolutePairing.neutralIsFallback(viscosity, ni, s)) {
                        add(out, new ModelWarning(WarningKind.SOLUTE_NOT_IN_MODEL, source, s.id()
                                + " has no Laliberté " + property(viscosity) + " coefficients; those of "
                                + LaliberteSolutes.at(k).key() + " are used as an analogue"));
                    }
                    ranges(out, LaliberteSolutes.at(k), temperature, u, viscosity, source);
                }
            } else if (s.isCation() || cationEq == 0) {
                for (int j = 0; j < c.size(); j++) {
                    pairWarnings(out, c, i, j, massRatio, u, cationEq, anionEq, temperature, viscosity, source);
                }
                if (anionEq == 0 || cationEq == 0) {
                    pairWarnings(out, c, i, -1, massRatio, u, cationEq, anionEq, temperature, viscosity, source);
                }
            }
        }
        return out;
    }

    private static void pairWarnings(final List<ModelWarning> out, final Composition c, final int i, final int j,
                                     final double massRatio, final double u, final double cationEq,
                                     final double anionEq, final double temperature, final boolean viscosity,
                                     final String source) {
        final Species s = c.species(i);
        final double m = c.molality(i);
        final Species cation;
        final Species anion;
        final double mu;
        if (j < 0) {
            // lone ion with its default partner
            if (s.isCation() && anionEq == 0) {
                cation = s;
                anion = SolutePairing.catalogSpecies(SolutePairing.CHLORIDE);
            } else if (s.isAnion() && cationEq == 0) {
                cation = SolutePairing.catalogSpecies(SolutePairing.SODIUM);
                anion = s;
            } else {
                return;
            }
            mu = m * s.molarMass();
        } else {
            final Species a = c.species(j);
            final double ma = c.molality(j);
            if (!s.isCation() || !a.isAnion() || ma == 0 || anionEq == 0) {
                return;
            }
            cation = s;
            anion = a;
            mu = m * s.molarMass() * (-ma * a.charge() / anionEq) + ma * a.molarMass() * (m * s.charge() / cationEq);
        }
        final double w = mu / (1 + massRatio);
        if (!significant(w, u)) {
            return;
        }
        final int ci = SolutePairing.catalogIndex(cation);
        final int ai = SolutePairing.catalogIndex(anion);
        final int k = SolutePairing.pairEntry(viscosity, ci, cation, ai, anion);
        if (SolutePairing.pairIsFallback(viscosity, ci, cation, ai, anion)) {
            add(out, new ModelWarning(WarningKind.MISSING_INTERACTION_PARAMETERS, source, "the pair "
                    + cation.id() + " / " + anion.id() + " has no usable Laliberté " + property(viscosity)
                    + " coefficients; those of " + LaliberteSolutes.at(k).key()
                    + " (same charge type where possible, shared ion, nearest equivalent mass) are used"));
        }
        ranges(out, LaliberteSolutes.at(k), temperature, u, viscosity, source);
    }

    private static void ranges(final List<ModelWarning> out, final LaliberteSolute s, final double temperature,
                               final double u, final boolean viscosity, final String source) {
        final double tMin = viscosity ? s.viscosityMinTemperature() : s.densityMinTemperature();
        final double tMax = viscosity ? s.viscosityMaxTemperature() : s.densityMaxTemperature();
        final double wMax = viscosity ? s.viscosityMaxMassFraction() : s.densityMaxMassFraction();
        final String what = source + " (" + s.key() + " " + property(viscosity) + " coefficients)";
        if (temperature < tMin || temperature > tMax) {
            add(out, ModelWarning.outsideRange(WarningKind.TEMPERATURE_OUTSIDE_FITTED_RANGE, what, "temperature",
                    Numbers.significant(temperature, 5) + " K",
                    Numbers.significant(tMin, 5) + " to " + Numbers.significant(tMax, 5) + " K, i.e. "
                            + Numbers.significant(tMin - PhysicalConstants.ZERO_CELSIUS, 4) + " to "
                            + Numbers.significant(tMax - PhysicalConstants.ZERO_CELSIUS, 4) + " °C"));
        }
        if (u > wMax) {
            add(out, ModelWarning.outsideRange(WarningKind.CONCENTRATION_OUTSIDE_FITTED_RANGE, what,
                    "mass fraction of all solutes", Numbers.significant(u, 4),
                    "up to " + Numbers.significant(wMax, 4)));
        }
    }

    private static boolean significant(final double w, final double u) {
        return w >= SIGNIFICANT_MASS_FRACTION && w >= SIGNIFICANT_SHARE * u;
    }

    private static String property(final boolean viscosity) {
        return viscosity ? "viscosity" : "density";
    }

    private static void add(final List<ModelWarning> out, final ModelWarning w) {
        if (!out.contains(w)) {
            out.add(w);
        }
    }
}
