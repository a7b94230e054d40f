package org.permeate.lab;

import org.permeate.errors.Checks;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;

/**
 * A closed tube of two fluids separated by a partition that is removed at t = 0: one-dimensional
 * diffusion with no flux through the ends.
 *
 * @param length      tube length, m (above 0)
 * @param partition   position of the partition as a fraction of the length (0 &lt; f &lt; 1)
 * @param left        concentration left of the partition (mol/m³, or a mole fraction for gases; ≥ 0)
 * @param right       concentration right of it, same unit (≥ 0, not equal to {@code left})
 * @param diffusivity m²/s (above 0), taken constant
 * @param cells       finite volumes of the numerical solution (10 to 2000)
 */
public record DiffusionSetup(double length, double partition, double left, double right, double diffusivity,
                             int cells) {

    public DiffusionSetup {
        Checks.positive("length (m)", length);
        Checks.finite("partition position", partition);
        if (!(partition > 0 && partition < 1)) {
            throw new PermeateException(Message.OUT_OF_RANGE, "partition position (fraction of the length)", partition,
                    "above 0", "below 1");
        }
        Checks.nonNegative("left concentration", left);
        Checks.nonNegative("right concentration", right);
        if (left == right) {
            throw new PermeateException(Message.INFEASIBLE, "mixing", "two equal sides",
                    "the two sides hold the same concentration, " + left + ": nothing diffuses");
        }
        Checks.positive("diffusivity (m²/s)", diffusivity);
        if (cells < 10 || cells > 2000) {
            throw new PermeateException(Message.OUT_OF_RANGE, "number of cells", cells, 10, 2000);
        }
    }

    /** @return the uniform concentration everything tends to */
    public double uniform() {
        return partition * left + (1 - partition) * right;
    }
}
