package org.permeate.properties.diffusion;

import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.properties.Solution;
import org.permeate.properties.ViscosityModel;

/**
 * Test-only NaCl solution viscosity of Bartholomew, T.V. &amp; Mauter, M.S. (2019) J. Membr. Sci. 573,
 * 682–693, doi:10.1016/j.memsci.2018.11.067, eq. 5, as implemented in WaterTAP's NaCl property package
 * (watertap-org/watertap@4a26103e NaCl_prop_pack.py; /work/shared/refdata/watertap_nacl_props.json):
 * \( \mu = 9.80\times10^{-4} + 2.15\times10^{-3}\,w \) Pa·s, w the solute mass fraction; 25 °C, no
 * temperature dependence. The diffusivity models use only its ratio to the w = 0 value
 * (relative viscosity 1 + 2.194 w).
 */
final class WaterTapNaClViscosity implements ViscosityModel {

    @Override
    public String name() {
        return "watertap-nacl-viscosity (test)";
    }

    @Override
    public double dynamicViscosity(final Solution solution) {
        return 9.80e-4 + 2.15e-3 * solution.composition().soluteMassFraction();
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        return List.of();
    }
}
