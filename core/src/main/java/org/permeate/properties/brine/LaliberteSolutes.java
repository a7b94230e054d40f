package org.permeate.properties.brine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.PhysicalConstants;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * The solutes of Laliberté's compilation that Permeate can form from its species, read once from
 * {@code laliberte2009.csv} (same package, resources). Each line of that file names the line of the
 * public transcription it was copied from: CalebBell/chemicals
 * {@code chemicals/Electrolytes/Laliberte2009.tsv} at commit 0d05c36b, itself a transcription of
 * M. Laliberté, "A Model for Calculating the Heat Capacity of Aqueous Solutions, with Updated Density
 * and Viscosity Data", J. Chem. Eng. Data 54 (2009) 1725–1760, doi:10.1021/je8008123.
 *
 * <p>Present: 51 salts (chlorides, sulfates, nitrates, carbonates, bicarbonates, phosphates,
 * hydroxides, fluorides, bromides of Na, K, Li, NH4, Mg, Ca, Sr, Ba, Fe(II), Mn(II) and H, as far as
 * the table has them) and three neutral solutes: ethanol, sucrose and CO2 (density only). Glucose,
 * fructose, lactose, urea, boric acid and silica are not in the transcription; see
 * {@link SolutePairing} for the analogues used.
 */
public final class LaliberteSolutes {

    private static final String RESOURCE = "laliberte2009.csv";
    private static final int COLUMNS = 30;

    private static final LaliberteSolute[] ALL = load();

    private LaliberteSolutes() {
    }

    /** @return every solute, in file order */
    public static List<LaliberteSolute> all() {
        return Collections.unmodifiableList(java.util.Arrays.asList(ALL));
    }

    /**
     * @param key Permeate's name of the solute: a salt formula as in the file ("NaCl", "MgSO4",
     *            "(NH4)2SO4", "Ca(NO3)2") or a neutral species id ("sucrose", "ethanol", "CO2")
     * @return the solute, if the compilation has it
     */
    public static Optional<LaliberteSolute> find(final String key) {
        for (LaliberteSolute s : ALL) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * @param key Permeate's name of the solute
     * @return the solute
     * @throws PermeateException naming the known solutes if there is none of that name
     */
    public static LaliberteSolute get(final String key) {
        return find(key).orElseThrow(() -> new PermeateException(Message.UNKNOWN_CHOICE,
                "Laliberté solute", key, String.join(", ", all().stream().map(LaliberteSolute::key).toList())));
    }

    /** @return number of solutes */
    static int size() {
        return ALL.length;
    }

    /** @return the i-th solute (file order) */
    static LaliberteSolute at(final int i) {
        return ALL[i];
    }

    /** @return index of the solute with that key, or -1 */
    static int indexOf(final String key) {
        for (int i = 0; i < ALL.length; i++) {
            if (ALL[i].key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    // ---- reading the resource ---------------------------------------------------------------

    private static LaliberteSolute[] load() {
        final List<LaliberteSolute> list = new ArrayList<>();
        try (InputStream in = LaliberteSolutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " not found next to " + LaliberteSolutes.class);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            boolean headerSeen = false;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    continue;
                }
                list.add(parse(line.split(",", -1), lineNumber));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return list.toArray(new LaliberteSolute[0]);
    }

    private static LaliberteSolute parse(final String[] f, final int lineNumber) {
        if (f.length != COLUMNS) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + f.length
                    + " columns, expected " + COLUMNS);
        }
        try {
            final String key = f[0];
            final Species cation = f[1].isEmpty() ? null : SpeciesCatalog.get(f[1]);
            final int nc = f[2].isEmpty() ? 0 : Integer.parseInt(f[2]);
            final Species anion = f[3].isEmpty() ? null : SpeciesCatalog.get(f[3]);
            final int na = f[4].isEmpty() ? 0 : Integer.parseInt(f[4]);
            final Species neutral = f[5].isEmpty() ? null : SpeciesCatalog.get(f[5]);
            if ((cation == null) != (anion == null) || (cation == null) == (neutral == null)) {
                throw new IllegalStateException("give either cation and anion or a neutral species");
            }
            if (cation != null && nc * cation.charge() + na * anion.charge() != 0) {
                throw new IllegalStateException(key + " is not electrically neutral");
            }
            final double[] c = numbers(f, 10, 5);
            // fitted ranges are given in °C in the file: convert to K here
            final double[] densityRange = {celsiusToKelvin(f[15]), celsiusToKelvin(f[16]), Double.parseDouble(f[17])};
            double[] v = null;
            double[] viscosityRange = null;
            if (!f[19].isEmpty()) {
                v = numbers(f, 19, 6);
                viscosityRange = new double[] {celsiusToKelvin(f[25]), celsiusToKelvin(f[26]), Double.parseDouble(f[27])};
            }
            final int sourceLine = Integer.parseInt(f[29]);
            return new LaliberteSolute(key, f[6], sourceLine, cation, nc, anion, na, neutral, c, densityRange,
                    v, viscosityRange);
        } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static double[] numbers(final String[] f, final int from, final int count) {
        final double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = Double.parseDouble(f[from + i]);
        }
        return x;
    }

    private static double celsiusToKelvin(final String celsius) {
        return Double.parseDouble(celsius) + PhysicalConstants.ZERO_CELSIUS;
    }
}
