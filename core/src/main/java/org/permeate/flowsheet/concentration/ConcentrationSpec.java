package org.permeate.flowsheet.concentration;

import org.permeate.element.Element;
import org.permeate.element.ElementOptions;
import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.Numbers;
import org.permeate.errors.PermeateException;
import org.permeate.properties.food.FoodProduct;
import org.permeate.unitops.Pump;

/**
 * A concentration run: the product, the tank, the train of elements and how it is driven.
 *
 * <p>The pump feeds each train with a fixed crossflow and the pressure that gives the set mean
 * permeate flux; as the product concentrates that pressure rises, up to the limit.
 *
 * @param product              the product in the tank at the start (and in the supply)
 * @param mode                 batch or feed-and-bleed
 * @param volume               batch: the product's volume at the start; feed-and-bleed: the supply's, m³
 * @param loopVolume           feed-and-bleed: the loop tank's volume (ignored in batch), m³
 * @param element              one element (calibrated); its food permeabilities are set by the solver
 * @param elementsInSeries     elements one after the other in each train
 * @param trains               trains in parallel
 * @param temperature          product temperature, K
 * @param pressureLimit        highest feed pressure the pump may give, Pa gauge
 * @param crossflow            feed flow into each train, m³/s
 * @param flux                 set mean permeate flux, m/s (m³ of permeate per m² and second)
 * @param target               where to stop
 * @param pump                 pump and motor efficiencies
 * @param evaporatorEfficiency fraction of the fuel's heat that evaporates water in the evaporator
 *                             the RO run relieves, 0–1
 * @param options              element physics (the product's property package is put in by the solver)
 */
public record ConcentrationSpec(FoodProduct product, ConcentrationMode mode, double volume, double loopVolume,
                                Element element, int elementsInSeries, int trains, double temperature,
                                double pressureLimit, double crossflow, double flux, ConcentrationTarget target,
                                Pump pump, double evaporatorEfficiency, ElementOptions options) {

    public ConcentrationSpec {
        if (product == null || mode == null || element == null || target == null || pump == null || options == null) {
            throw new PermeateException(Message.MISSING, "concentration run",
                    "product, mode, element, target, pump and options");
        }
        Checks.positive("volume", volume);
        if (mode == ConcentrationMode.FEED_AND_BLEED) {
            Checks.positive("loop volume", loopVolume);
            if (!(loopVolume < volume)) {
                throw new PermeateException(Message.TOO_LARGE, "loop volume", "the supply volume " + volume + " m³",
                        loopVolume + " m³");
            }
        }
        Checks.inRange("elements in series", elementsInSeries, 1, 20);
        Checks.inRange("trains", trains, 1, 1000);
        Checks.finite("temperature", temperature);
        if (temperature < 273.15 || temperature > 353.15) {
            throw new PermeateException(Message.OUT_OF_RANGE, "temperature", Numbers.significant(temperature - 273.15, 4)
                    + " °C (" + Numbers.significant((temperature - 273.15) * 1.8 + 32, 4) + " °F)", "0 °C (32 °F)",
                    "80 °C (176 °F)");
        }
        Checks.finite("pressure limit", pressureLimit);
        if (pressureLimit < 1e5 || pressureLimit > 2e7) {
            throw new PermeateException(Message.OUT_OF_RANGE, "pressure limit (gauge)",
                    Concentrator.pressureText(pressureLimit, 4), "1 bar (14.5 psi)", "200 bar (2901 psi)");
        }
        Checks.positive("crossflow", crossflow);
        Checks.positive("flux", flux);
        Checks.inRange("evaporator efficiency", evaporatorEfficiency, 0.05, 1.0);
        if (mode == ConcentrationMode.FEED_AND_BLEED && target.kind() == ConcentrationTarget.Kind.VOLUME_REDUCTION) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "feed-and-bleed target", "volume reduction",
                    "Brix, total solids or concentration factor");
        }
    }

    /** @return the total membrane area of all trains, m² */
    public double area() {
        return element.geometry().area() * elementsInSeries * trains;
    }

    /** @return the same run with another target */
    public ConcentrationSpec withTarget(final ConcentrationTarget t) {
        return new ConcentrationSpec(product, mode, volume, loopVolume, element, elementsInSeries, trains, temperature,
                pressureLimit, crossflow, flux, t, pump, evaporatorEfficiency, options);
    }

    /** @return the same run with another pressure limit, Pa gauge */
    public ConcentrationSpec withPressureLimit(final double p) {
        return new ConcentrationSpec(product, mode, volume, loopVolume, element, elementsInSeries, trains, temperature,
                p, crossflow, flux, target, pump, evaporatorEfficiency, options);
    }

    /** @return the same run at another temperature, K */
    public ConcentrationSpec withTemperature(final double t) {
        return new ConcentrationSpec(product, mode, volume, loopVolume, element, elementsInSeries, trains, t,
                pressureLimit, crossflow, flux, target, pump, evaporatorEfficiency, options);
    }

    /** @return the same run with another volume, m³ */
    public ConcentrationSpec withVolume(final double v) {
        return new ConcentrationSpec(product, mode, v, loopVolume, element, elementsInSeries, trains, temperature,
                pressureLimit, crossflow, flux, target, pump, evaporatorEfficiency, options);
    }

    /** @return the same run in another mode (with a loop volume for feed-and-bleed), m³ */
    public ConcentrationSpec withMode(final ConcentrationMode m, final double loop) {
        return new ConcentrationSpec(product, m, volume, loop, element, elementsInSeries, trains, temperature,
                pressureLimit, crossflow, flux, target, pump, evaporatorEfficiency, options);
    }

    /** @return the same run with another product */
    public ConcentrationSpec withProduct(final FoodProduct p) {
        return new ConcentrationSpec(p, mode, volume, loopVolume, element, elementsInSeries, trains, temperature,
                pressureLimit, crossflow, flux, target, pump, evaporatorEfficiency, options);
    }

    /** @return the same run with another set flux, m/s */
    public ConcentrationSpec withFlux(final double f) {
        return new ConcentrationSpec(product, mode, volume, loopVolume, element, elementsInSeries, trains, temperature,
                pressureLimit, crossflow, f, target, pump, evaporatorEfficiency, options);
    }
}
