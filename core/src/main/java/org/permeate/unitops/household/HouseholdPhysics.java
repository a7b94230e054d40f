package org.permeate.unitops.household;

import org.permeate.element.Element;
import org.permeate.element.ElementOptions;
import org.permeate.element.Polarization;
import org.permeate.element.catalog.Catalog;
import org.permeate.transport.LaminarSlitMassTransfer;
import org.permeate.transport.SchockMiquelMassTransfer;

/**
 * The element physics for household units. Household elements (1812, 2012, 3012) run at channel
 * Reynolds numbers of about 10–20, an order of magnitude below the 100–1000 Schock &amp; Miquel's
 * Sherwood correlation was fitted on; extrapolated there it predicts less mass transfer than an
 * empty laminar slit, which a spacer can only exceed. The household options therefore use
 * Schock &amp; Miquel floored by the laminar slit ({@link LaminarSlitMassTransfer#atLeast}), and
 * elements are calibrated to their datasheets with the same options (a membrane's permeability
 * fitted with one polarisation model is wrong under another).
 */
public final class HouseholdPhysics {

    /** The catalog's default options with the laminar floor under Schock &amp; Miquel. */
    public static final ElementOptions OPTIONS = Catalog.DEFAULT_OPTIONS.withPolarization(
            new Polarization.Film(LaminarSlitMassTransfer.atLeast(SchockMiquelMassTransfer.INSTANCE)));

    private HouseholdPhysics() {
    }

    /**
     * @param model a household model of the shipped catalog, e.g. "TW30-1812-75"
     * @return the element calibrated to its datasheet with {@link #OPTIONS}
     */
    public static Element element(final String model) {
        return Catalog.SHIPPED.calibrated(Catalog.SHIPPED.get(model), OPTIONS).element();
    }
}
