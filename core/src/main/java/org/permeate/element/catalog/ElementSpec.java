package org.permeate.element.catalog;

import java.util.Locale;

import org.permeate.errors.Checks;

/**
 * One element as its maker's datasheet describes it.
 *
 * @param maker                 maker
 * @param model                 model name
 * @param family                what it is made for
 * @param size                  element size
 * @param area                  active membrane area, m²
 * @param feedSpacer            feed-spacer thickness, m
 * @param permeateFlow          nominal permeate flow at the test, m³/s
 * @param stabilizedRejection   rejection of the test solute at the test, 0–1: the stabilised (nominal)
 *                              value, or the guaranteed minimum when the sheet prints only that
 *                              (then {@code rejectionBasis} says so)
 * @param rejectionBasis        which rejection the sheet printed
 * @param minimumRejection      minimum rejection, 0–1 (0 if not stated)
 * @param flowTolerance         ± tolerance on the permeate flow, fraction (0 if not stated)
 * @param boronRejection        boron rejection, 0–1 (0 if not stated)
 * @param test                  the test conditions
 * @param limits                operating limits
 * @param source                where the numbers come from
 * @param notes                 what the datasheet printed, conversions, caveats
 */
public record ElementSpec(String maker, String model, MembraneFamily family, ElementSize size, double area,
                          double feedSpacer, double permeateFlow, double stabilizedRejection,
                          RejectionBasis rejectionBasis, double minimumRejection,
                          double flowTolerance, double boronRejection, TestConditions test, ElementLimits limits,
                          String source, String notes) {

    /** Which rejection a datasheet prints. */
    public enum RejectionBasis {
        /** Stabilised, nominal or average rejection. */
        STABILIZED,
        /** Only the guaranteed minimum: an element calibrated to it rejects a little less than a typical one. */
        MINIMUM
    }

    public ElementSpec {
        Checks.positive("active area of " + model, area);
        Checks.positive("feed spacer of " + model, feedSpacer);
        Checks.positive("permeate flow of " + model, permeateFlow);
        Checks.inRange("rejection of " + model, stabilizedRejection, 0.01, 0.99999);
    }

    /** @return "Maker Model" */
    public String fullName() {
        return maker + " " + model;
    }

    /**
     * @param query text to look for
     * @return true if the maker, model, family or size contains it (case-insensitive)
     */
    public boolean matches(final String query) {
        final String q = query.toLowerCase(Locale.ROOT);
        return maker.toLowerCase(Locale.ROOT).contains(q) || model.toLowerCase(Locale.ROOT).contains(q)
                || family.id().contains(q) || size.id().contains(q);
    }
}
