package org.permeate.properties.brine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.Composition;
import org.permeate.properties.Solution;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/** Reads this package's test resources (CSV with '#' comments and one header line) and builds states. */
final class ReferenceData {

    private ReferenceData() {
    }

    /**
     * @param resource file name next to this class
     * @return the data rows, split at commas (header and comments dropped)
     */
    static List<String[]> rows(final String resource) {
        final List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    header = true;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The molality of a binary solution of a salt or neutral solute at a given mass fraction.
     *
     * @param solute       Permeate's salt formula or neutral species id
     * @param massFraction mass of solute per mass of solution
     * @return the composition, in ions for a salt
     */
    static Composition binary(final String solute, final double massFraction) {
        final var ions = SpeciesCatalog.dissociate(solute);
        double formulaMass = 0;
        for (var e : ions.entrySet()) {
            formulaMass += e.getValue() * e.getKey().molarMass();
        }
        final double molality = massFraction / (1 - massFraction) / formulaMass;
        final Composition.Builder b = Composition.builder();
        for (var e : ions.entrySet()) {
            b.add(e.getKey(), e.getValue() * molality);
        }
        return b.build();
    }

    /** @return mass of one formula unit of a salt (or the neutral's molar mass), kg/mol */
    static double formulaMass(final String solute) {
        double m = 0;
        for (var e : SpeciesCatalog.dissociate(solute).entrySet()) {
            m += e.getValue() * e.getKey().molarMass();
        }
        return m;
    }

    /** @return reference seawater (major ions) scaled by {@code factor} */
    static Composition seawater(final double factor) {
        final Composition.Builder b = Composition.builder();
        for (String[] r : rows("seawater_composition.csv")) {
            final Species s = SpeciesCatalog.get(r[0]);
            b.add(s, factor * Double.parseDouble(r[1]));
        }
        return b.build();
    }

    /** @return reference seawater scaled to the given salinity, kg/kg of solution */
    static Composition seawaterAtSalinity(final double salinity) {
        final double ratio = seawater(1).soluteMassPerWaterMass();
        return seawater(salinity / (1 - salinity) / ratio);
    }

    /** @return the state at 1 atm and the given Celsius temperature */
    static Solution at(final Composition c, final double celsius) {
        return Solution.atAtmosphericPressure(c, celsius + PhysicalConstants.ZERO_CELSIUS);
    }
}
