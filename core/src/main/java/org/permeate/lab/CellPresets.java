package org.permeate.lab;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * Cells with published dimensions and permeabilities, by the names the command line uses.
 */
public final class CellPresets {

    /**
     * A human red blood cell.
     * <ul>
     *   <li>volume 94 µm³ and membrane area 135 µm² in 300 mosmol medium, and spherical at 164 µm³
     *       (area 145 µm²) in 131 mosmol medium: Evans, E. &amp; Fung, Y.-C. (1972), Improved
     *       measurements of the erythrocyte geometry, Microvasc. Res. 4, 335–347, table (as
     *       transcribed at people.hofstra.edu/sina_y_rabbany/engg81/RBCreference.html). The sphere
     *       is the largest volume the membrane can hold, so 164 µm³ (1.74 V₀) is taken as the
     *       critical (haemolytic) volume;</li>
     *   <li>internal osmolality 300 mOsm/kg, the isotonic medium of those measurements (human
     *       plasma: 275–295 mOsm/kg in clinical reference ranges);</li>
     *   <li>osmotic water permeability P_f = 2.0×10⁻² cm/s at 23 °C, nearly independent of
     *       direction over 160–360 mosmol (J. Gen. Physiol. 81(2), 213–220, 1983; abstract),
     *       turned into L_p with {@link Cell#hydraulicConductivity};</li>
     *   <li>osmotically inactive fraction b = 0.4 of the isotonic volume: the value commonly used
     *       for human red cells; an assumption here, checked against Evans &amp; Fung's 217 and
     *       131 mosmol volumes in the tests.</li>
     * </ul>
     */
    public static final Cell RED_BLOOD_CELL = new Cell("red blood cell", 94e-18, 0.300, 0.4, 135e-12,
            Cell.hydraulicConductivity(2.0e-4, 296.15), 164e-18, null);

    /**
     * A plant epidermal cell (Tradescantia virginiana-like).
     * <ul>
     *   <li>volume 2 nL: Wada et al. (2014), Plant Physiol. 164, 1800 — cell-pressure-probe volumes
     *       of 1.1–4.9 nL; area that of a sphere of that volume (an assumption);</li>
     *   <li>L_p = 1×10⁻⁶ cm s⁻¹ bar⁻¹ = 1×10⁻¹³ m/(s·Pa), within the 2×10⁻⁷ – 4×10⁻⁶ cm s⁻¹ bar⁻¹
     *       measured on storage-tissue cells of red beet and artichoke (Ferrier &amp; Dainty 1978,
     *       Can. J. Bot.; abstract);</li>
     *   <li>wall elastic modulus ε = 10 MPa, the plateau of Murphy &amp; Ortega (1995), Plant
     *       Physiol. 107, 995;</li>
     *   <li>internal osmolality 400 mOsm/kg at zero turgor and b = 0.1: assumptions of this preset
     *       (they give a turgor near 0.9 MPa in pure water, within the "up to 1 MPa" of
     *       well-watered plants: Passioura, Plant–Water Relations, Encyclopedia of Life
     *       Sciences).</li>
     * </ul>
     */
    public static final Cell PLANT_CELL = new Cell("plant cell", 2e-12, 0.400, 0.1,
            Math.pow(36.0 * Math.PI * 4e-24, 1.0 / 3.0), 1e-13, Double.POSITIVE_INFINITY, new CellWall(10e6));

    private static final Map<String, Cell> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("red-blood-cell", RED_BLOOD_CELL);
        BY_NAME.put("plant-cell", PLANT_CELL);
    }

    private CellPresets() {
    }

    /** @return the presets by name */
    public static Map<String, Cell> all() {
        return java.util.Collections.unmodifiableMap(BY_NAME);
    }

    /**
     * @param name a preset name
     * @return the cell
     */
    public static Cell get(final String name) {
        final Cell c = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "cell preset", name, String.join(", ", BY_NAME.keySet()));
        }
        return c;
    }
}
