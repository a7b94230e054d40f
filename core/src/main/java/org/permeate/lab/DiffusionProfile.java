package org.permeate.lab;

/**
 * Concentrations along the tube at one time, as cell averages.
 *
 * @param time       s
 * @param numerical  finite-volume solution, one value per cell
 * @param analytical the Fourier-series solution averaged over the same cells
 */
public record DiffusionProfile(double time, double[] numerical, double[] analytical) {

    public DiffusionProfile {
        numerical = numerical.clone();
        analytical = analytical.clone();
    }

    @Override
    public double[] numerical() {
        return numerical.clone();
    }

    @Override
    public double[] analytical() {
        return analytical.clone();
    }
}
