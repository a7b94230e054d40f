package org.permeate.cli;

import java.util.List;
import java.util.Locale;

import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.io.input.SolutionSpec;
import org.permeate.io.input.SolutionSpecParser;
import org.permeate.measure.Dimension;
import org.permeate.measure.QuantityParser;
import org.permeate.measure.Units;


/** What the lab commands share: pure water as a solution, durations for people, --out. */
final class LabSupport {

    private LabSupport() {
    }

    /**
     * @param field option name
     * @param text  a solution as for --solution, or "water" / "pure water"
     * @return the solution, with no entries for pure water
     */
    static SolutionSpec solution(final String field, final String text) {
        final String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("water") || t.equals("pure water") || t.equals("distilled water")) {
            return new SolutionSpec(List.of(), false, "pure water");
        }
        return SolutionSpecParser.parse(field, text);
    }

    /** @return a quantity in SI, read from an option */
    static double si(final String option, final String text, final Dimension dimension) {
        return QuantityParser.parse(option, text, dimension).si();
    }

    /** @return a positive quantity in SI, read from an option */
    static double positive(final String option, final String text, final Dimension dimension) {
        final double v = si(option, text, dimension);
        if (!(v > 0)) {
            throw new PermeateException(Message.NOT_ABOVE, option, "0", text);
        }
        return v;
    }

    /**
     * A cell-sized volume or area: "94 fL", "94 um3", "94 µm³", "135 um2", "135 µm²", or any volume
     * or area the unit parser knows.
     *
     * @param option    option name
     * @param text      the text typed
     * @param dimension {@link Dimension#VOLUME} or {@link Dimension#AREA}
     * @return the value in SI
     */
    static double microscopic(final String option, final String text, final Dimension dimension) {
        final java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*([+\\-]?[0-9.]+(?:[eE][+\\-]?[0-9]+)?)\\s*(fL|fl|um3|µm3|µm³|um\\^3|um2|µm2|µm²|um\\^2|pL|nL)\\s*")
                .matcher(text);
        if (m.matches()) {
            final double v = Double.parseDouble(m.group(1));
            final String u = m.group(2);
            final boolean area = u.contains("2") || u.contains("²");
            if (area != (dimension == Dimension.AREA)) {
                throw new PermeateException(Message.WRONG_DIMENSION, option, text, area ? "area" : "volume",
                        dimension.phrase(), dimension == Dimension.AREA ? "135 um2" : "94 fL");
            }
            final double factor = switch (u) {
                case "pL" -> 1e-15;
                case "nL" -> 1e-12;
                default -> area ? 1e-12 : 1e-18;
            };
            final double si = v * factor;
            if (!(si > 0)) {
                throw new PermeateException(Message.NOT_ABOVE, option, "0", text);
            }
            return si;
        }
        return positive(option, text, dimension);
    }

    /**
     * @param seconds a duration, s
     * @return it in the unit people would use: "85 ms", "12.5 s", "4.2 min", "5.1 h", "46 d", "3.2 years"
     */
    static String duration(final double seconds) {
        if (!Double.isFinite(seconds)) {
            return "—";
        }
        final double s = Math.abs(seconds);
        if (s == 0) {
            return "0 s";
        }
        if (s < 1) {
            return fmt(seconds * 1000) + " ms";
        }
        if (s < 120) {
            return fmt(seconds) + " s";
        }
        if (s < 2 * Units.HOUR) {
            return fmt(seconds / 60) + " min";
        }
        if (s < 2 * Units.DAY) {
            return fmt(seconds / Units.HOUR) + " h";
        }
        if (s < 730 * Units.DAY) {
            return fmt(seconds / Units.DAY) + " d";
        }
        return fmt(seconds / (365.25 * Units.DAY)) + " years";
    }

    private static String fmt(final double v) {
        return org.permeate.errors.Numbers.significant(v, 3);
    }

    /** @return a length in metric and US units, e.g. "27.1 cm (10.7 in)" */
    static String length(final double metres) {
        return Math.abs(metres) >= 1 ? fmt(metres) + " m (" + fmt(metres / Units.FOOT) + " ft)"
                : fmt(metres * 100) + " cm (" + fmt(metres / Units.INCH) + " in)";
    }

    /** @return a volume in metric and US units, e.g. "10.7 mL (0.362 fl oz)" */
    static String volume(final double m3) {
        return Math.abs(m3) >= 1e-3 ? fmt(m3 * 1e3) + " L (" + fmt(m3 / Units.US_GALLON) + " gal)"
                : fmt(m3 * 1e6) + " mL (" + fmt(m3 / (Units.US_GALLON / 128)) + " fl oz)";
    }

    /** @return a pressure in metric and US units, e.g. "0.0415 bar (0.602 psi)" */
    static String pressure(final double pa) {
        return fmt(pa / 1e5) + " bar (" + fmt(pa / Units.PSI) + " psi)";
    }
}
