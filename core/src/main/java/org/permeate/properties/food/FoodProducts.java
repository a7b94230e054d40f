package org.permeate.properties.food;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The shipped products, by preset name. Each composition states its sources; what is represented by
 * a stand-in is said.
 *
 * <ul>
 *   <li>{@code maple-sap}: 2 % sucrose, "approximately 2 %" (van den Berg, Perkins &amp; Isselhardt
 *       (2019), Agricultural Sciences 10, 32–45, doi:10.4236/as.2019.101004); minerals K, Ca, Mg
 *       back-calculated from syrup (per 30 mL of syrup 10–30 mg K, 40–80 mg Ca, 4–25 mg Mg:
 *       PubMed 17743933 abstract, mid-range) over the 2 → 66 % sugar concentration (≈ 33 ×), i.e.
 *       15 mg/kg K, 45 mg/kg Ca, 11 mg/kg Mg in sap; their anions (mostly malate, not in the
 *       property models) represented by the charge-equivalent amount of sulfate.</li>
 *   <li>{@code whole-milk}: fat 3.8 %, protein 3.2 %, lactose 4.5 %, solids-not-fat 8.6 % (VANIS
 *       RO plant data, raw milk, as in the project's reference data); the milk salts in solution
 *       from Fox &amp; McSweeney, Dairy Chemistry and Biochemistry (1998), Table 5.6 (mg/L:
 *       Na 500, K 1450, Cl 1200, sulfate 100, Ca 1200, Mg 130, with 92, 92, 100, 100, 34 and 67 %
 *       soluble); the soluble phosphate and citrate (not in the property models) represented by
 *       the charge-equivalent amount of sulfate; density 1.032 kg/L for mg/L → mg/kg. What is
 *       left of the solids-not-fat (colloidal salts, non-protein nitrogen) counts as retained
 *       solids with protein and fat.</li>
 *   <li>{@code skim-milk}: the same milk with its fat taken out down to 0.1 %, everything else in
 *       proportion (solids-not-fat 8.9 %).</li>
 *   <li>{@code apple-juice}: sucrose 2.5, fructose 5.7, glucose 1.5 g/100 mL, mid-points of the
 *       ranges for juices of fresh apples in Fuleki, Pelayo &amp; Palabay (1994), J. Agric. Food
 *       Chem. 42, 1266–1275 (sucrose 1.33–4.80, fructose 4.12–6.76, glucose 0.70–2.27 g/100 mL);
 *       density 1.045 kg/L assumed for the conversion; malic acid and sorbitol left out.</li>
 * </ul>
 */
public final class FoodProducts {

    private static final double MILK_DENSITY = 1.032;      // kg/L
    private static final double JUICE_DENSITY = 1.045;     // kg/L, assumed (about 11 °Brix)

    /** Maple sap at 2 °Brix. */
    public static final FoodProduct MAPLE_SAP = mapleSap();

    /** Raw whole milk. */
    public static final FoodProduct WHOLE_MILK = milk("whole-milk", "raw whole milk (fat 3.8 %, SNF 8.6 %)", 0.038);

    /** Skim milk. */
    public static final FoodProduct SKIM_MILK = milk("skim-milk", "skim milk (fat 0.1 %, SNF 8.9 %)", 0.001);

    /** Apple juice. */
    public static final FoodProduct APPLE_JUICE = appleJuice();

    private static final Map<String, FoodProduct> BY_NAME = new LinkedHashMap<>();

    static {
        for (FoodProduct p : new FoodProduct[] {MAPLE_SAP, SKIM_MILK, WHOLE_MILK, APPLE_JUICE}) {
            BY_NAME.put(p.id(), p);
        }
    }

    private FoodProducts() {
    }

    /** @return every preset by name */
    public static Map<String, FoodProduct> all() {
        return java.util.Collections.unmodifiableMap(BY_NAME);
    }

    /**
     * @param name a preset name (case-insensitive)
     * @return the product
     * @throws PermeateException naming the presets if there is none of that name
     */
    public static FoodProduct get(final String name) {
        final FoodProduct p = name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new PermeateException(Message.UNKNOWN_CHOICE, "preset", name, String.join(", ", BY_NAME.keySet()));
        }
        return p;
    }

    private static FoodProduct mapleSap() {
        final double k = 15e-6;
        final double ca = 45e-6;
        final double mg = 11e-6;
        final Map<Species, Double> w = new LinkedHashMap<>();
        w.put(SpeciesCatalog.SUCROSE, 0.02 - k - ca - mg - anionsFor(k, ca, mg, 0, 0));
        w.put(SpeciesCatalog.K, k);
        w.put(SpeciesCatalog.CA, ca);
        w.put(SpeciesCatalog.MG, mg);
        w.put(SpeciesCatalog.SO4, anionsFor(k, ca, mg, 0, 0));
        return FoodProduct.fromMassFractions("maple-sap", "maple sap, 2 °Brix (sucrose with minor minerals)", w,
                0.0, null, FoodProduct.Measure.BRIX, false,
                "van den Berg, Perkins & Isselhardt (2019) Agric. Sci. 10, 32 (2 % sugar); minerals back-calculated "
                        + "from syrup (PubMed 17743933), anions as sulfate");
    }

    /** Mass fraction of sulfate balancing the given cation and chloride mass fractions. */
    private static double anionsFor(final double k, final double ca, final double mg, final double na,
                                    final double cl) {
        final double eq = k / SpeciesCatalog.K.molarMass() + 2 * ca / SpeciesCatalog.CA.molarMass()
                + 2 * mg / SpeciesCatalog.MG.molarMass() + na / SpeciesCatalog.NA.molarMass()
                - cl / SpeciesCatalog.CL.molarMass();
        return Math.max(0.0, eq) / 2.0 * SpeciesCatalog.SO4.molarMass();
    }

    private static FoodProduct milk(final String id, final String description, final double fat) {
        // whole milk per kg (VANIS; Fox & McSweeney Table 5.6), then the fat adjusted with the rest in proportion
        final double wholeFat = 0.038;
        final double scale = (1.0 - fat) / (1.0 - wholeFat);
        final double perKg = 1e-6 / MILK_DENSITY;                     // mg/L -> kg/kg
        final double na = 500 * 0.92 * perKg * scale;
        final double k = 1450 * 0.92 * perKg * scale;
        final double cl = 1200 * perKg * scale;
        final double sulfate = 100 * perKg * scale;
        final double ca = 1200 * 0.34 * perKg * scale;
        final double mg = 130 * 0.67 * perKg * scale;
        final double standIn = anionsFor(k, ca, mg, na, cl) - sulfate;
        final double lactose = 0.045 * scale;
        final double protein = 0.032 * scale;
        final double snf = 0.086 * scale;
        final double salts = na + k + cl + sulfate + ca + mg + standIn;
        final double otherSnf = snf - protein - lactose - salts;
        final Map<Species, Double> w = new LinkedHashMap<>();
        w.put(SpeciesCatalog.LACTOSE, lactose);
        w.put(SpeciesCatalog.NA, na);
        w.put(SpeciesCatalog.K, k);
        w.put(SpeciesCatalog.CA, ca);
        w.put(SpeciesCatalog.MG, mg);
        w.put(SpeciesCatalog.CL, cl);
        w.put(SpeciesCatalog.SO4, sulfate + standIn);
        return FoodProduct.fromMassFractions(id, description, w, fat + protein + Math.max(0.0, otherSnf),
                SpeciesCatalog.LACTOSE, FoodProduct.Measure.TOTAL_SOLIDS, true,
                "VANIS raw-milk composition (fat 3.8, protein 3.2, lactose 4.5, SNF 8.6 %); soluble salts from Fox & "
                        + "McSweeney (1998) Dairy Chemistry and Biochemistry Table 5.6, phosphate and citrate as sulfate");
    }

    private static FoodProduct appleJuice() {
        final double perKg = 1e-2 / JUICE_DENSITY;                    // g/100 mL -> kg/kg
        final Map<Species, Double> w = new LinkedHashMap<>();
        w.put(SpeciesCatalog.SUCROSE, 2.5 * perKg);
        w.put(SpeciesCatalog.FRUCTOSE, 5.7 * perKg);
        w.put(SpeciesCatalog.GLUCOSE, 1.5 * perKg);
        return FoodProduct.fromMassFractions("apple-juice", "apple juice (sucrose, fructose, glucose)", w, 0.0, null,
                FoodProduct.Measure.BRIX, false,
                "Fuleki, Pelayo & Palabay (1994) J. Agric. Food Chem. 42, 1266 (mid-range sugars of fresh-apple juices)");
    }
}
