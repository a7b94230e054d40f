package org.permeate.cli;

import org.permeate.errors.RangePolicy;
import org.permeate.io.report.Format;
import org.permeate.measure.UnitSystem;

import picocli.CommandLine.Option;

/** Options every command shares: output format, display units, range policy. */
public final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Output format: text, json, csv or html (default: ${DEFAULT-VALUE}). JSON is always in SI with units named.")
    Format format = Format.TEXT;

    @Option(names = "--units", paramLabel = "SYSTEM", defaultValue = "si", converter = UnitSystemConverter.class,
            description = "Display units for text and csv: si (bar, °C, mg/L, m³/h) or us (psi, °F, ppm, gpm). Default: ${DEFAULT-VALUE}.")
    UnitSystem units = UnitSystem.SI;

    @Option(names = "--strict",
            description = "Refuse inputs outside a correlation's fitted range instead of warning.")
    boolean strict;

    /** @return the range policy chosen */
    public RangePolicy policy() {
        return strict ? RangePolicy.STRICT : RangePolicy.WARN;
    }

    /** Case-insensitive format names. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(final String value) {
            return Choices.parse("--format", value, Format.class);
        }
    }

    /** Case-insensitive unit system names. */
    static final class UnitSystemConverter implements picocli.CommandLine.ITypeConverter<UnitSystem> {
        @Override
        public UnitSystem convert(final String value) {
            return Choices.parse("--units", value, UnitSystem.class);
        }
    }
}
