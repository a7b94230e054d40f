package org.permeate.properties.pitzer;

/**
 * The unsymmetric-mixing function \( J(x) \) and its derivative, for the higher-order
 * electrostatic terms \( {}^E\theta_{ij} \) between ions of the same sign and different charge.
 *
 * <p>Harvie's Chebyshev approximation as given by Pitzer (1991), <i>Activity Coefficients in
 * Electrolyte Solutions</i>, 2nd ed., CRC Press, chapter 3, appendix B, eqs. (B-21)–(B-30) and
 * table B-1 (the method Harvie, Møller &amp; Weare 1984 used). Coefficients as transcribed in
 * github:mvdh7/pytzer (unsymmetrical.Harvie). Accurate to about 1e-10 for all x &gt; 0.
 */
public final class UnsymmetricMixing {

    /** Table B-1, coefficients for x ≤ 1. */
    private static final double[] AK1 = {
        1.925154014814667, -0.060076477753119, -0.029779077456514, -0.007299499690937,
        0.000388260636404, 0.000636874599598, 0.000036583601823, -0.000045036975204,
        -0.000004537895710, 0.000002937706971, 0.000000396566462, -0.000000202099617,
        -0.000000025267769, 0.000000013522610, 0.000000001229405, -0.000000000821969,
        -0.000000000050847, 0.000000000046333, 0.000000000001943, -0.000000000002563,
        -0.000000000010991,
    };

    /** Table B-1, coefficients for x &gt; 1. */
    private static final double[] AK2 = {
        0.628023320520852, 0.462762985338493, 0.150044637187895, -0.028796057604906,
        -0.036552745910311, -0.001668087945272, 0.006519840398744, 0.001130378079086,
        -0.000887171310131, -0.000242107641309, 0.000087294451594, 0.000034682122751,
        -0.000004583768938, -0.000003548684306, -0.000000250453880, 0.000000216991779,
        0.000000080779570, 0.000000004558555, -0.000000006944757, -0.000000002849257,
        0.000000000237816,
    };

    private UnsymmetricMixing() {
    }

    /**
     * @param x \( x_{ij} = 6 z_i z_j A_\phi \sqrt I \) &gt; 0
     * @param out receives J(x) in out[0] and dJ/dx in out[1]
     */
    public static void j(final double x, final double[] out) {
        if (x <= 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        final double[] ak;
        final double z;
        final double dzdx;
        if (x <= 1.0) {
            final double x02 = Math.pow(x, 0.2);
            ak = AK1;
            z = 4.0 * x02 - 2.0;                       // (B-21)
            dzdx = 0.8 * x02 / x;                      // (B-22): 4/5 x^-0.8
        } else {
            final double xm01 = Math.pow(x, -0.1);
            ak = AK2;
            z = 40.0 / 9.0 * xm01 - 22.0 / 9.0;        // (B-25)
            dzdx = -4.0 / 9.0 * xm01 / x;              // (B-26): -4/9 x^-1.1
        }
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        for (int k = ak.length - 1; k >= 0; k--) {
            b2 = b1;
            b1 = b0;
            d2 = d1;
            d1 = d0;
            b0 = z * b1 - b2 + ak[k];                  // (B-23/27)
            d0 = b1 + z * d1 - d2;                     // (B-24/28)
        }
        out[0] = 0.25 * x - 1.0 + 0.5 * (b0 - b2);     // (B-29)
        out[1] = 0.25 + 0.5 * dzdx * (d0 - d2);        // (B-30)
    }
}
