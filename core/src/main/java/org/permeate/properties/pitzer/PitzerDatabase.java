package org.permeate.properties.pitzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.permeate.properties.pitzer.PitzerParameter.Kind;
import org.permeate.properties.species.Species;
import org.permeate.properties.species.SpeciesCatalog;

/**
 * A set of Pitzer interaction parameters read from a resource file (format described in the file
 * header of {@code hmw84.txt}), looked up by species regardless of the order they are written in.
 * Immutable after loading.
 */
public final class PitzerDatabase {

    /** The Harvie–Møller–Weare (1984) set with PHRQPITZ temperature derivatives and additions. */
    public static final PitzerDatabase HMW84 = load("hmw84", "hmw84.txt");

    private final String name;
    private final Map<String, PitzerParameter> parameters;
    private final List<PitzerParameter> all;

    private PitzerDatabase(final String name, final List<PitzerParameter> list) {
        this.name = name;
        this.all = Collections.unmodifiableList(list);
        final Map<String, PitzerParameter> map = new HashMap<>();
        for (PitzerParameter p : list) {
            final String key = key(p.kind(), p.species());
            if (map.put(key, p) != null) {
                throw new IllegalStateException("duplicate Pitzer parameter " + key + " in " + name);
            }
        }
        this.parameters = map;
    }

    /**
     * @param name     the set's name
     * @param resource a resource next to this class
     * @return the parsed set
     */
    static PitzerDatabase load(final String name, final String resource) {
        try (InputStream in = PitzerDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            final List<PitzerParameter> list = new ArrayList<>();
            String source = name;
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                final String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("@source")) {
                    source = text.substring("@source".length()).strip();
                    continue;
                }
                list.add(parse(text, source, resource, lineNumber));
            }
            return new PitzerDatabase(name, list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PitzerParameter parse(final String text, final String source, final String resource, final int line) {
        final String[] f = text.split("\\s+");
        final Kind kind = Kind.valueOf(f[0]);
        final int ns = switch (kind) {
            case ZETA, PSI -> 3;
            default -> 2;
        };
        final String[] species = Arrays.copyOfRange(f, 1, 1 + ns);
        for (String s : species) {
            if (SpeciesCatalog.find(s).isEmpty()) {
                throw new IllegalStateException(resource + ":" + line + ": unknown species " + s);
            }
        }
        final double[] a = new double[6];
        for (int k = 0; k < f.length - 1 - ns; k++) {
            a[k] = Double.parseDouble(f[1 + ns + k]);
        }
        return new PitzerParameter(kind, species, a, source);
    }

    private static String key(final Kind kind, final String[] species) {
        final String[] ids = new String[species.length];
        for (int i = 0; i < species.length; i++) {
            // a species the catalog does not list (a speciation complex) has no parameters here
            ids[i] = SpeciesCatalog.find(species[i]).map(org.permeate.properties.species.Species::id).orElse(species[i]);
        }
        Arrays.sort(ids); // every kind is symmetric in its species
        return kind + ":" + String.join("|", ids);
    }

    /** @return the set's name */
    public String name() {
        return name;
    }

    /** @return every parameter, in file order */
    public List<PitzerParameter> all() {
        return all;
    }

    /**
     * @param kind    the sort of parameter
     * @param species the species involved, in any order
     * @return the parameter, if the set has it
     */
    public Optional<PitzerParameter> find(final Kind kind, final Species... species) {
        final String[] ids = new String[species.length];
        for (int i = 0; i < species.length; i++) {
            ids[i] = species[i].id();
        }
        return Optional.ofNullable(parameters.get(key(kind, ids)));
    }
}
