package org.permeate.flowsheet.concentration;

import java.util.Locale;

import org.permeate.element.ElementOptions;
import org.permeate.element.catalog.Catalog;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;
import org.permeate.properties.food.FoodProduct;
import org.permeate.properties.food.FoodProducts;
import org.permeate.unitops.Pump;

/**
 * Ready-made runs for the shipped products, with equipment and conditions of the kind the sources
 * describe. Every value can be overridden.
 *
 * <ul>
 *   <li>{@code maple-sap}: 10 m³ of 2 °Brix sap, batch, one train of 4 Hydranautics CPA3 8040
 *       brackish elements (maple producers use standard 8×40 brackish elements, e.g. Hydranautics:
 *       novamaple.com, 2022), 10 °C (ratings are given at 55 °F / 12.8 °C and sap is kept cooler:
 *       Ohio State maple blog, 2022), limit 600 psi (the element's rating; producers run up to
 *       650 psi: novamaple.com), 12 m³/h crossflow, 20 L/m²h, to 12 °Brix; oil-fired evaporator
 *       efficiency 0.6 (open evaporators "rated at 40–60 % efficiency": Ohio State maple blog,
 *       u.osu.edu/ohiomaple/tag/fuel; the upper end is taken for oil).</li>
 *   <li>{@code skim-milk}, {@code whole-milk}: 2 m³ batch at 8 °C (VANIS on-farm RO), two trains of
 *       4 DuPont FilmTec HSRO-4040-FF sanitary elements, 3 m³/h per train, 10 L/m²h (GE Dairy HWS
 *       fact sheet: typical 5–20 gfd, 8.5–34 L/m²h), limit 600 psi (41 bar, the element's maximum),
 *       to 25 % (skim) or 30 % (whole) total solids (25–30 %: MSS Inc.; 28–29 %: Lakta-Service).</li>
 *   <li>{@code apple-juice}: 2 m³ at 20 °C, two trains of 4 Suez Duratherm RO 4040 HF, 3 m³/h,
 *       15 L/m²h, limit 600 psi, to 25 °Brix — which the limit does not allow: single-stage RO
 *       "cannot reach concentrations larger than 25–30 °Brix" (Jiao, Cassano &amp; Drioli 2004,
 *       J. Food Eng. 63, 303), and at 41 bar the run stops short, saying where.</li>
 * </ul>
 */
public final class ConcentrationPresets {

    private static final double PSI = Units.PSI;
    private static final double LMH = Units.LMH.toSi(1.0);
    private static final double M3H = 1.0 / 3600.0;

    /** Element physics of the presets: the defaults with 4 segments per element (a run solves thousands of elements). */
    public static final ElementOptions OPTIONS = ElementOptions.defaults().withSegments(4);

    private ConcentrationPresets() {
    }

    /** @return the preset names */
    public static Iterable<String> names() {
        return FoodProducts.all().keySet();
    }

    /**
     * @param name a preset name (case-insensitive)
     * @return its run
     */
    public static ConcentrationSpec get(final String name) {
        final FoodProduct product = FoodProducts.get(name);
        final Pump pump = new Pump(0.75, 0.92);
        return switch (product.id()) {
            case "maple-sap" -> new ConcentrationSpec(product, ConcentrationMode.BATCH, 10.0, 0.0,
                    Catalog.SHIPPED.element("CPA3"), 4, 1, 283.15, 600 * PSI, 12 * M3H, 20 * LMH,
                    new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.12), pump, 0.6, OPTIONS);
            case "skim-milk", "whole-milk" -> new ConcentrationSpec(product, ConcentrationMode.BATCH, 2.0, 0.0,
                    Catalog.SHIPPED.element("HSRO-4040-FF"), 4, 2, 281.15, 600 * PSI, 3 * M3H, 10 * LMH,
                    new ConcentrationTarget(ConcentrationTarget.Kind.TOTAL_SOLIDS,
                            product.id().equals("skim-milk") ? 0.25 : 0.30), pump, 0.6, OPTIONS);
            case "apple-juice" -> new ConcentrationSpec(product, ConcentrationMode.BATCH, 2.0, 0.0,
                    Catalog.SHIPPED.element("Duratherm RO 4040 HF"), 4, 2, 293.15, 600 * PSI, 3 * M3H, 15 * LMH,
                    new ConcentrationTarget(ConcentrationTarget.Kind.BRIX, 0.25), pump, 0.6, OPTIONS);
            default -> throw new PermeateException(Message.UNKNOWN_CHOICE, "preset", name,
                    String.join(", ", FoodProducts.all().keySet()));
        };
    }

    /** @return the preset names, lower case, for help texts */
    public static String list() {
        return String.join(", ", FoodProducts.all().keySet()).toLowerCase(Locale.ROOT);
    }
}
