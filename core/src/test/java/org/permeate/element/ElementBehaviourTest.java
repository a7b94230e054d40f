package org.permeate.element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.permeate.element.ElementFixtures.ATM;
import static org.permeate.element.ElementFixtures.brackishWater;
import static org.permeate.element.ElementFixtures.element;
import static org.permeate.element.ElementFixtures.rejections;
import static org.permeate.element.ElementFixtures.seawater;
import static org.permeate.element.ElementFixtures.stream;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permeate.element.catalog.Catalog;
import org.permeate.errors.Message;
import org.permeate.errors.ModelWarning;
import org.permeate.errors.PermeateException;
import org.permeate.errors.WarningKind;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;
import org.permeate.testsupport.Balances;
import org.permeate.transport.FilmTecTemperatureCorrection;

/** What a membrane element must do, physically, whatever its parameters. */
class ElementBehaviourTest {

    private static final ElementOptions DEFAULT = Catalog.DEFAULT_OPTIONS;

    /**
     * Each solute has its own permeability: divalent ions are rejected better than monovalent ones,
     * nitrate and boric acid pass more than chloride, CO2-like neutral species nearly freely.
     */
    @Test
    void soluteSpecificRejection() {
        final ElementResult r = Balances.assertClosed(ElementModel.solve(element("BW30-400"),
                stream(brackishWater(), 0.25, 298.15, 12e5), ATM, DEFAULT));
        final Map<Species, Double> rej = rejections(r);
        assertThat(rej.get(SpeciesCatalog.CA)).isGreaterThan(rej.get(SpeciesCatalog.NA));
        assertThat(rej.get(SpeciesCatalog.MG)).isGreaterThan(rej.get(SpeciesCatalog.K));
        assertThat(rej.get(SpeciesCatalog.SO4)).isGreaterThan(rej.get(SpeciesCatalog.CL));
        assertThat(rej.get(SpeciesCatalog.NO3)).isLessThan(rej.get(SpeciesCatalog.SO4));
        assertThat(rej.get(SpeciesCatalog.BOH3)).isLessThan(rej.get(SpeciesCatalog.CL));
        assertThat(rej.get(SpeciesCatalog.SIO2)).isLessThan(rej.get(SpeciesCatalog.CL));
        // the permeate is electrically neutral
        assertThat(r.permeate().composition().netCharge())
                .isCloseTo(0, within(1e-9 * r.permeate().composition().equivalents()));
    }

    /** Polarisation raises the membrane-surface concentration: β ≥ 1 everywhere, and above 1 with film theory. */
    @Test
    void polarisationAtLeastOne() {
        // about 10 m³/h of seawater at 60 bar: a lead element's load
        final ElementResult r = ElementModel.solve(element("SW30HRLE-400"), seawater(2.7, 60e5), ATM, DEFAULT);
        for (SegmentResult s : r.segments()) {
            for (double beta : s.outlet().polarization()) {
                assertThat(beta).isGreaterThanOrEqualTo(1.0);
            }
        }
        assertThat(r.maxPolarization()).isGreaterThan(1.02).isLessThan(1.3);
    }

    /** Temperature: A and B follow FilmTec's published correction; more water permeates when warmer. */
    @Test
    void temperatureCorrection() {
        final Element e = element("BW30-400");
        final double a25 = e.membrane().waterPermeabilityAt(298.15);
        assertThat(e.membrane().waterPermeabilityAt(288.15) / a25)
                .isCloseTo(FilmTecTemperatureCorrection.INSTANCE.waterPermeabilityFactor(288.15), within(1e-12))
                .isCloseTo(0.703, within(0.001));
        final double q15 = ElementModel.solve(e, stream(brackishWater(), 0.25, 288.15, 12e5), ATM, DEFAULT)
                .permeate().waterMassFlow();
        final double q25 = ElementModel.solve(e, stream(brackishWater(), 0.25, 298.15, 12e5), ATM, DEFAULT)
                .permeate().waterMassFlow();
        assertThat(q15).isLessThan(q25);
    }

    /** Ageing: 3 years at 7 %/year flux decline and 10 %/year salt-passage increase (Du et al. 2014 form). */
    @Test
    void ageingAndFouling() {
        final Element fresh = element("SW30HRLE-400");
        final MembraneCondition aged = new MembraneCondition(0.95, 3, 0.07, 0.10);
        final Element old = fresh.withMembrane(fresh.membrane().withCondition(aged));
        assertThat(old.membrane().waterPermeabilityAt(298.15) / fresh.membrane().waterPermeabilityAt(298.15))
                .isCloseTo(0.95 * Math.pow(0.93, 3), within(1e-12));
        assertThat(old.membrane().solutePermeabilityFactorAt(298.15)).isCloseTo(1.331, within(1e-12));
        final ElementResult rNew = ElementModel.solve(fresh, seawater(0.9, 60e5), ATM, DEFAULT);
        final ElementResult rOld = ElementModel.solve(old, seawater(0.9, 60e5), ATM, DEFAULT);
        assertThat(rOld.permeate().waterMassFlow()).isLessThan(rNew.permeate().waterMassFlow());
        assertThat(rOld.totalRejection()).isLessThan(rNew.totalRejection());
    }

    /** Spiegler–Kedem–Katchalsky: σ = 1 is solution–diffusion; σ < 1 lowers water flux and rejection. */
    @Test
    void spieglerKedemOption() {
        final Element sd = element("BW30-400");
        final Membrane m = sd.membrane();
        final Element skk = sd.withMembrane(new Membrane(m.waterPermeability(), m.solutePermeabilities(), 0.98,
                m.temperatureCorrection(), m.condition()));
        final ElementResult a = ElementModel.solve(sd, stream(brackishWater(), 0.25, 298.15, 12e5), ATM, DEFAULT);
        final ElementResult b = Balances.assertClosed(ElementModel.solve(skk, stream(brackishWater(), 0.25, 298.15, 12e5),
                ATM, DEFAULT));
        assertThat(b.totalRejection()).isLessThan(a.totalRejection());
        assertThat(b.permeate().waterMassFlow()).isGreaterThan(0.99 * a.permeate().waterMassFlow());
    }

    /**
     * Below the osmotic pressure: a seawater element (π ≈ 26 bar) fed a large flow at 26.3 bar
     * loses about a bar along the channel, so its rear works below the osmotic pressure. The result
     * says where and by how much; the flux there stays small and positive (salt permeates with the
     * water), never negative or NaN.
     */
    @Test
    void reportsWhereThePressureIsInsufficient() {
        final ElementResult r = Balances.assertClosed(ElementModel.solve(element("SW30HRLE-400"), seawater(4.0, 26.3e5),
                ATM, DEFAULT));
        assertThat(r.deficits()).isNotEmpty();
        final PressureDeficit d = r.deficits().get(0);
        assertThat(d.start()).isPositive();
        assertThat(d.end()).isGreaterThan(d.start());
        assertThat(d.maxDeficit()).isPositive();
        assertThat(r.warnings()).extracting(ModelWarning::kind).contains(WarningKind.INSUFFICIENT_PRESSURE);
        assertThat(r.warnings().stream().filter(w -> w.kind() == WarningKind.INSUFFICIENT_PRESSURE)
                .findFirst().orElseThrow().message()).contains("SW30HRLE-400").contains("bar below");
        for (SegmentResult s : r.segments()) {
            assertThat(s.outlet().waterFlux()).isGreaterThanOrEqualTo(0).isFinite();
            assertThat(s.permeateWaterFlow()).isGreaterThanOrEqualTo(0);
        }
        // at ample pressure there is no deficit
        assertThat(ElementModel.solve(element("SW30HRLE-400"), seawater(2.7, 60e5), ATM, DEFAULT).deficits()).isEmpty();
        // fed below the osmotic pressure, the whole element is short of pressure
        final ElementResult low = ElementModel.solve(element("SW30HRLE-400"), seawater(2.7, 22e5), ATM, DEFAULT);
        assertThat(low.deficits()).singleElement().satisfies(x -> {
            assertThat(x.start()).isZero();
            assertThat(x.maxDeficit()).isGreaterThan(3e5);
        });
    }

    /** No transmembrane pressure: no flux at all. */
    @Test
    void zeroFluxAtZeroTransmembranePressure() {
        final ElementResult r = Balances.assertClosed(ElementModel.solve(element("BW30-400"),
                stream(brackishWater(), 0.25, 298.15, 0), ATM, DEFAULT.withPressureDrop(new PressureDrop.None())));
        assertThat(r.permeate().waterMassFlow()).isZero();
        assertThat(r.segments().get(0).inlet().netDrivingPressure()).isLessThanOrEqualTo(0);
    }

    @Test
    void impossibleFeedsAreRefused() {
        final Element e = element("BW30-400");
        assertThatThrownBy(() -> ElementModel.solve(e, stream(brackishWater(), 0.0, 298.15, 12e5), ATM, DEFAULT))
                .isInstanceOf(PermeateException.class).hasMessageContaining("feed water flow");
        // a trickle of feed at high pressure: the element would recover all of it
        assertThatThrownBy(() -> ElementModel.solve(e, stream(brackishWater(), 1e-4, 298.15, 40e5), ATM, DEFAULT))
                .isInstanceOf(PermeateException.class)
                .satisfies(x -> assertThat(((PermeateException) x).kind()).isEqualTo(Message.FEED_EXHAUSTED));
        // a flood of feed at low pressure: the pressure drop would exceed the feed pressure
        assertThatThrownBy(() -> ElementModel.solve(e, stream(brackishWater(), 40, 298.15, 2e5), ATM, DEFAULT))
                .satisfies(x -> assertThat(((PermeateException) x).kind()).isEqualTo(Message.PRESSURE_EXHAUSTED));
    }
}
