package org.permeate.element;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.Composition;
import org.permeate.properties.PropertyPackage;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.solver.Brent;
import org.permeate.transport.ChannelFlow;
import org.permeate.transport.ChannelGeometry;

/**
 * The membrane transport at one point of the channel: given the bulk feed there, the water flux
 * and every solute flux, with concentration polarisation. One instance serves one element solve
 * (it keeps scratch arrays; not shared between threads).
 *
 * <p>For a trial water flux J_w the solute side has a closed form. Film theory gives the
 * membrane-surface concentration \( c_{m,i} = c_{b,i}E_i - c_{p,i}(E_i - 1) \) with
 * \( E_i = \exp(J_v/k_i) \) and J_v the permeate's volumetric flux (the
 * {@link ElementOptions.Formulation#CONSISTENT} form; WaterTAP's form writes the last term with
 * J_s/J_v and J_v = J_w/1000). With the solute law
 * \( J_{s,i} = B_i(c_{m,i} - c_{p,i}) + (1-\sigma)J_v c_{m,i} \) and the permeate closure
 * \( c_{p,i} = Q\,J_{s,i} \), \( Q = \rho_p/(J_w + \sum J_s) \), each solute flux is
 * \( J_{s,i} = b_i c_{b,i} E_i / [u_i + q_i Q] \) with \( b_i = B_i + (1-\sigma)J_v \) and, in the
 * consistent form, \( u_i = 1 \), \( q_i = b_i(E_i - 1) + B_i \). Q is found by Newton's method (the
 * equation is increasing and concave in Q), twice, the second time with the permeate's density
 * and flux from the first. The membrane-surface concentration is then evaluated as
 * \( c_{m,i} = J_{s,i}(1 + B_i Q)/b_i \), the same number as the film form at the solved fluxes but
 * free of its cancellation when E is large. The water flux solves
 * \( J_w = A\rho_s[\Delta P - \sigma(\pi(c_m) - \pi(c_p))] \) by Brent's method, bracketed from the
 * previous point's flux and one fixed-point step (see {@link #waterFlux}), or else on
 * \( [10^{-9}, 1]\cdot A\rho_s\Delta P \): the residual is negative at the lower end (the permeate
 * approaches the membrane-surface composition as J_w → 0) and non-negative at the upper end, and
 * increases with J_w, so the root exists and is unique.
 *
 * <p>Ions of unequal permeability would give a permeate that is not electrically neutral; the
 * cation and anion fluxes are scaled by \( \sqrt{E_a/E_c} \) and \( \sqrt{E_c/E_a} \) (E the
 * equivalent fluxes) so that it is — a simple stand-in for the electrical coupling of ion
 * transport that a Nernst–Planck model would resolve. With one salt of equal ion permeabilities it
 * changes nothing.
 */
final class LocalTransport {

    private static final int MAX_EVALUATIONS = 100;
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private final ElementGeometry geometry;
    private final ChannelGeometry channel;
    private final ElementOptions options;
    private final PropertyPackage properties;
    private final Composition template;
    private final int n;
    private final double[] molarMass;
    private final int[] charge;
    private final double[] b;
    private final double a;
    private final double sigma;
    private final double temperature;
    private final double permeatePressure;

    /** the flux of the last solved point, kg/(m²·s): the next point's first guess (NaN before any) */
    private double previousFlux = Double.NaN;
    /** Whether the last trial flux left no water at the membrane surface. */
    private boolean wallMissing;

    // scratch for one node
    private final double[] cb;
    private final double[] k;
    private final double[] e;
    private final double[] u;
    private final double[] num;
    private final double[] qc;
    private final double[] js;
    /** effective solute permeability B + (1 − σ)J_v of the last trial, m/s */
    private final double[] bEff;
    /** the solute fluxes the membrane law gives, before the permeate is made neutral, kg/(m²·s) */
    private final double[] jsMembrane;
    private final double[] cw;
    private final double[] mw;
    private final double[] mp;
    private double rhoS;
    private double feedPressure;
    private double deltaP;
    private double piWall;
    private double piPermeate;
    private double wallDensityGuess;
    private double kReference;

    LocalTransport(final ElementGeometry geometry, final Membrane membrane, final ElementOptions options,
                   final Composition template, final double temperature, final double permeatePressure) {
        this.geometry = geometry;
        this.channel = geometry.channel();
        this.options = options;
        this.properties = options.properties();
        this.template = template;
        this.n = template.size();
        this.temperature = temperature;
        this.permeatePressure = permeatePressure;
        this.molarMass = new double[n];
        this.charge = new int[n];
        this.b = new double[n];
        final double bFactor = membrane.solutePermeabilityFactorAt(temperature);
        for (int i = 0; i < n; i++) {
            final Species s = template.species(i);
            molarMass[i] = s.molarMass();
            charge[i] = s.charge();
            b[i] = membrane.solutePermeabilities().of(s) * bFactor;
            if (molarMass[i] <= 0) {
                throw new PermeateException(Message.SOLUTE_NOT_SUPPORTED, "membrane element model", s.id(),
                        "solutes of known molar mass (an osmolality alone cannot be carried through a membrane)");
            }
        }
        this.a = membrane.waterPermeabilityAt(temperature);
        this.sigma = membrane.reflectionCoefficient();
        cb = new double[n];
        k = new double[n];
        e = new double[n];
        u = new double[n];
        num = new double[n];
        qc = new double[n];
        js = new double[n];
        bEff = new double[n];
        jsMembrane = new double[n];
        cw = new double[n];
        mw = new double[n];
        mp = new double[n];
    }

    /** @return the permeate (absolute) pressure, Pa */
    double permeatePressure() {
        return permeatePressure;
    }

    /** @return water permeability at the operating temperature, m/(s·Pa) */
    double waterPermeability() {
        return a;
    }

    /**
     * Solves the transport at one point.
     *
     * @param position   distance from the inlet, m
     * @param waterFlow  feed water flow there, kg/s
     * @param molarFlows solute molar flows there, mol/s
     * @param pressure   feed pressure there, Pa
     * @return the local state
     */
    LocalState solve(final double position, final double waterFlow, final double[] molarFlows, final double pressure) {
        final double[] mb = new double[n];
        for (int i = 0; i < n; i++) {
            mb[i] = Math.max(0.0, molarFlows[i] / waterFlow);
        }
        final Solution bulk = new Solution(template.withMolalities(mb), temperature, pressure);
        final double rho = properties.density().massDensity(bulk);
        final double mu = properties.viscosity().dynamicViscosity(bulk);
        final double ratio = bulk.composition().soluteMassPerWaterMass();
        final double waterPerVolume = rho / (1.0 + ratio);
        for (int i = 0; i < n; i++) {
            cb[i] = mb[i] * molarMass[i] * waterPerVolume;
        }
        final double massFlow = waterFlow * (1.0 + ratio);
        final double saltD = properties.diffusivity().saltDiffusivity(bulk);
        final ChannelFlow flow = new ChannelFlow(channel, massFlow, rho, mu, saltD);
        final double velocity = flow.velocity();
        final double reynolds = flow.reynolds();
        kReference = 0;
        final Polarization cp = options.polarization();
        for (int i = 0; i < n; i++) {
            k[i] = switch (cp) {
                case Polarization.Film film -> {
                    final double d = template.species(i).isIon() ? saltD
                            : properties.diffusivity().diffusivity(bulk, template.species(i));
                    yield film.correlation().coefficient(new ChannelFlow(channel, massFlow, rho, mu, d));
                }
                case Polarization.FixedCoefficient fixed -> fixed.coefficient();
                default -> Double.POSITIVE_INFINITY;
            };
        }
        if (cp instanceof Polarization.Film film) {
            kReference = film.correlation().coefficient(flow);
        } else if (cp instanceof Polarization.FixedCoefficient fixed) {
            kReference = fixed.coefficient();
        }
        final double gradient = pressureGradient(flow);
        rhoS = switch (options.formulation()) {
            case WATERTAP -> 1000.0;
            case CONSISTENT -> properties.water().massDensity(temperature, pressure);
        };
        feedPressure = pressure;
        deltaP = pressure - permeatePressure;
        wallDensityGuess = rho;
        final double piBulk = properties.osmotic().osmoticPressure(bulk);

        double jw = deltaP <= 0 ? 0.0 : waterFlux(position);
        if (jw == 0) {
            for (int i = 0; i < n; i++) {
                js[i] = 0;
                cw[i] = cb[i];
                mw[i] = mb[i];
                mp[i] = 0;
            }
            piWall = piBulk;
            piPermeate = 0;
        } else {
            previousFlux = jw;
        }
        final double[] beta = new double[n];
        for (int i = 0; i < n; i++) {
            beta[i] = cb[i] > 0 ? cw[i] / cb[i] : 1.0;
        }
        final Composition wall = template.withMolalities(mw);
        final Composition permeate = template.withMolalities(mp);
        return new LocalState(position, bulk, waterFlow, rho, mu, velocity, reynolds, kReference, jw, jw / rhoS,
                js.clone(), wall, permeate, beta, piBulk, piWall, piPermeate, deltaP,
                deltaP - sigma * (piWall - piPermeate), gradient);
    }

    /**
     * Solves f(J_w) = J_w − Aρ_s[ΔP − σ(π_m − π_p)] = 0 and leaves the scratch arrays at the root.
     * f rises with slope 1 + Aρ_sσ dΔπ/dJ_w ≥ 1 wherever the osmotic difference grows with the
     * flux (as polarisation makes it), so from a guess J₀ the root lies between J₀ and the
     * fixed-point step J₀ − f(J₀), which is already close to it: two evaluations usually bracket
     * it tightly for Brent. When they do not, the whole interval (0, Aρ_sΔP] is searched.
     */
    private double waterFlux(final double position) {
        final double jHigh = a * rhoS * deltaP;
        final double jLow = 1e-9 * jHigh;
        final double tolerance = RELATIVE_TOLERANCE * jHigh;
        final double guess = previousFlux > jLow && previousFlux < jHigh ? previousFlux : 0.5 * jHigh;
        final double fGuess = residual(guess);
        if (fGuess == 0) {
            return guess;
        }
        final double step = Math.min(jHigh, Math.max(jLow, guess - fGuess));
        final double fStep = residual(step);
        final double root;
        if (fStep == 0) {
            return step;
        } else if (Math.signum(fStep) != Math.signum(fGuess) && !Double.isNaN(fStep)) {
            root = Brent.solve("water flux", this::residual, Math.min(guess, step), guess < step ? fGuess : fStep,
                    Math.max(guess, step), guess < step ? fStep : fGuess, tolerance, MAX_EVALUATIONS);
        } else {
            final double fLow = residual(jLow);
            if (fLow > 0) {
                if (wallMissing) {
                    // even a vanishing flux finds no water at the membrane: the bulk itself cannot exist
                    throw new PermeateException(Message.IMPOSSIBLE_CONCENTRATION, "feed at " + position + " m",
                            "a bulk so concentrated that the membrane surface holds no water");
                }
                // the osmotic difference left at a vanishing flux (the ions' permeabilities differ, so
                // the permeate does not quite reach the surface composition) already exceeds ΔP: the
                // feed pressure is at the permeate pressure to within a few pascals, and no water passes
                return 0.0;
            }
            final double fHigh = residual(jHigh);
            root = Brent.solve("water flux at " + position + " m", this::residual, jLow, fLow, jHigh, fHigh,
                    tolerance, MAX_EVALUATIONS);
        }
        residual(root); // leave the scratch arrays at the solution
        return root;
    }

    private double pressureGradient(final ChannelFlow flow) {
        return switch (options.pressureDrop()) {
            case PressureDrop.Friction f -> f.correlation().pressureGradient(flow);
            case PressureDrop.Fixed f -> -f.drop() / geometry.length();
            case PressureDrop.Empirical emp -> -emp.coefficient()
                    * Math.pow(flow.massFlow() / flow.density(), emp.exponent()) / geometry.length();
            case PressureDrop.None none -> 0.0;
        };
    }

    /**
     * @param jw trial water flux, kg/(m²·s)
     * @return J_w − Aρ_s[ΔP − σ(π_m − π_p)], kg/(m²·s); fills the scratch arrays
     */
    private double residual(final double jw) {
        final Polarization cp = options.polarization();
        final boolean film = !(cp instanceof Polarization.FixedModulus);
        final double modulus = cp instanceof Polarization.FixedModulus fm ? fm.modulus() : 1.0;
        final boolean watertap = options.formulation() == ElementOptions.Formulation.WATERTAP;
        double rhoP = rhoS;
        double sumJs = 0;
        double qMembrane = 0;
        for (int pass = 0; pass < 2; pass++) {
            // film flux: WaterTAP's J_w/1000, or the permeate's own volumetric flux
            final double jv = watertap ? jw / rhoS : (jw + sumJs) / rhoP;
            for (int i = 0; i < n; i++) {
                final double bi = b[i] + (1.0 - sigma) * jv;
                bEff[i] = bi;
                if (!film) {
                    e[i] = modulus;
                    u[i] = 1.0;
                    qc[i] = b[i];
                } else {
                    final double x = Math.min(jv / k[i], 50.0);
                    e[i] = Math.exp(x);
                    if (watertap) {
                        // c_m = c_b E − (J_s/J_v)(E − 1): (E − 1)/J_v, with its limit 1/k for J_v → 0
                        final double em1OverJv = x < 1e-8 ? (1.0 + 0.5 * x) / k[i] : Math.expm1(x) / jv;
                        u[i] = 1.0 + bi * (Double.isInfinite(k[i]) ? 0.0 : em1OverJv);
                        qc[i] = b[i];
                    } else {
                        // c_m = c_b E − c_p (E − 1)
                        u[i] = 1.0;
                        qc[i] = bi * Math.expm1(x) + b[i];
                    }
                }
                num[i] = bi * cb[i] * e[i];
            }
            // permeate closure c_p = Q J_s with Q = ρ_p / (J_w + ΣJ_s)
            qMembrane = solveQ(jw, rhoP);
            permeateMolalities(jw);
            sumJs = 0;
            for (int i = 0; i < n; i++) {
                sumJs += js[i];
            }
            rhoP = properties.density().massDensity(new Solution(template.withMolalities(mp), temperature,
                    permeatePressure));
        }
        System.arraycopy(js, 0, jsMembrane, 0, n);
        neutralise();
        permeateMolalities(jw);
        for (int i = 0; i < n; i++) {
            // The film balance c_m = c_b E − c_p (E − 1) and the membrane law J_s = b' c_m − B c_p
            // (b' = B + (1 − σ)J_v) hold together at the solved fluxes, so c_m = J_s (1 + B Q)/b'.
            // That form has no cancellation; the film form loses every digit once E is large
            // (a channel with almost no crossflow), where c_p → c_b.
            if (!film || bEff[i] <= 0) {
                cw[i] = cb[i] * e[i];
            } else {
                cw[i] = jsMembrane[i] * (1.0 + b[i] * qMembrane) / bEff[i];
            }
        }
        final Composition wall = wallComposition();
        wallMissing = wall == null;
        if (wall == null) {
            // the trial flux would pile up more solute at the membrane than water can hold: far too high
            return jw;
        }
        piWall = properties.osmotic().osmoticPressure(new Solution(wall, temperature, feedPressure));
        piPermeate = properties.osmotic().osmoticPressure(new Solution(template.withMolalities(mp), temperature,
                permeatePressure));
        return jw - a * rhoS * (deltaP - sigma * (piWall - piPermeate));
    }

    /**
     * Newton's method on g(Q) = Q (J_w + Σ num/(u + q_c Q)) − ρ_p, increasing and concave; fills js.
     *
     * @return Q, m³/(m²·s) per kg/(m²·s): the permeate's volume per mass of flux
     */
    private double solveQ(final double jw, final double rhoP) {
        double q = rhoP / jw;
        for (int iter = 0; iter < 60; iter++) {
            double sum = 0;
            double derivative = jw;
            for (int i = 0; i < n; i++) {
                final double d = u[i] + qc[i] * q;
                sum += num[i] / d;
                derivative += num[i] * u[i] / (d * d);
            }
            final double g = q * (jw + sum) - rhoP;
            final double step = g / derivative;
            q -= step;
            if (Math.abs(step) <= 1e-14 * q) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            js[i] = num[i] / (u[i] + qc[i] * q);
        }
        return q;
    }

    /** Scales cation and anion fluxes so that the permeate is electrically neutral. */
    private void neutralise() {
        double cations = 0;
        double anions = 0;
        for (int i = 0; i < n; i++) {
            final double eq = js[i] / molarMass[i] * charge[i];
            if (eq > 0) {
                cations += eq;
            } else {
                anions -= eq;
            }
        }
        if (cations <= 0 || anions <= 0 || cations == anions) {
            return;
        }
        final double fc = Math.sqrt(anions / cations);
        final double fa = 1.0 / fc;
        for (int i = 0; i < n; i++) {
            if (charge[i] > 0) {
                js[i] *= fc;
            } else if (charge[i] < 0) {
                js[i] *= fa;
            }
        }
    }

    private void permeateMolalities(final double jw) {
        for (int i = 0; i < n; i++) {
            mp[i] = js[i] / (molarMass[i] * jw);
        }
    }

    /**
     * The membrane-surface molalities from its mass concentrations, iterating on its density.
     *
     * @return the composition, or null when the concentrations leave less than 5 % of the volume
     *         to water (only trial fluxes far above the solution produce that)
     */
    private Composition wallComposition() {
        double rho = wallDensityGuess;
        Composition c = template;
        for (int iter = 0; iter < 20; iter++) {
            double sumC = 0;
            for (int i = 0; i < n; i++) {
                sumC += cw[i];
            }
            final double waterPerVolume = rho - sumC;
            if (!(waterPerVolume > 0.05 * rho)) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                mw[i] = cw[i] / (molarMass[i] * waterPerVolume);
            }
            c = template.withMolalities(mw);
            final double next = properties.density().massDensity(new Solution(c, temperature, feedPressure));
            if (Math.abs(next - rho) <= 1e-12 * rho) {
                break;
            }
            rho = next;
        }
        wallDensityGuess = rho;
        return c;
    }
}
