package org.permeate.properties.food;

import java.util.ArrayList;
import java.util.List;

import org.permeate.errors.ModelWarning;
import org.permeate.errors.Numbers;
import org.permeate.errors.WarningKind;
import org.permeate.properties.Solution;
import org.permeate.properties.SolubilityLimit;
import org.permeate.properties.neutral.NeutralSolutes;
import org.permeate.properties.species.Species;

/**
 * Sugar solubility for concentrates: a sugar above its solubility is a warning, not an error.
 *
 * <p>A concentration run takes a product through supersaturation on purpose: RO concentrates of
 * milk hold lactose above its equilibrium solubility (0.42 mol/kg at 8 °C, Hudson 1908, as in
 * {@link NeutralSolutes}) for the hours of a run, since lactose crystallises slowly without seeding
 * (Fox &amp; McSweeney, Dairy Chemistry and Biochemistry, 1998, ch. 2: lactose crystallisation in
 * concentrated milks is induced by seeding and cooling; no rate is used here). The solubility values
 * are {@link NeutralSolutes#solubility}'s.
 */
public final class SupersaturatedSugars implements SolubilityLimit {

    /** The one instance. */
    public static final SupersaturatedSugars INSTANCE = new SupersaturatedSugars();

    private SupersaturatedSugars() {
    }

    @Override
    public void check(final Solution solution) {
        // supersaturation is allowed; see warnings
    }

    @Override
    public List<ModelWarning> warnings(final Solution solution) {
        final List<ModelWarning> out = new ArrayList<>(1);
        for (int i = 0; i < solution.composition().size(); i++) {
            final Species s = solution.composition().species(i);
            if (!NeutralSolutes.INSTANCE.supports(s) || s.id().equals("SiO2") || s.id().equals("osmolyte")
                    || s.id().equals("ethanol")) {
                continue;
            }
            final double limit = NeutralSolutes.INSTANCE.solubility(s, solution.temperature());
            final double m = solution.composition().molality(i);
            if (m > limit) {
                out.add(new ModelWarning(WarningKind.SUPERSATURATED, "solubility of " + s.id(),
                        s.id() + " at " + Numbers.significant(m, 3) + " mol/kg is above its solubility of "
                                + Numbers.significant(limit, 3) + " mol/kg: supersaturated (it may crystallise)"));
            }
        }
        return out;
    }
}
