package org.permeate.lab;

import org.permeate.errors.Checks;

/**
 * The membrane between the two sides of an osmosis cell, in the solution–diffusion form
 * \( J_w = A(\Delta P - \Delta\pi) \), \( J_s = B\,\Delta c \) (Lonsdale, Merten &amp; Riley 1965,
 * J. Appl. Polym. Sci. 9, 1341; the form used throughout Permeate's transport layer). A
 * semi-permeable membrane has B = 0; a leaky one lets solute through.
 *
 * @param area                membrane area, m² (above 0)
 * @param waterPermeability   A, m/(s·Pa) (above 0)
 * @param solutePermeability  B, m/s (≥ 0; the same for every solute)
 */
public record Membrane(double area, double waterPermeability, double solutePermeability) {

    public Membrane {
        Checks.positive("membrane area (m²)", area);
        Checks.positive("water permeability A (m/(s Pa))", waterPermeability);
        Checks.nonNegative("solute permeability B (m/s)", solutePermeability);
    }

    /** @return whether solute passes */
    public boolean leaky() {
        return solutePermeability > 0;
    }
}
