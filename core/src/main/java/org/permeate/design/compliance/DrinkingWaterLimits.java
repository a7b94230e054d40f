package org.permeate.design.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.permeate.errors.InputLocation;
import org.permeate.errors.Message;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Unit;
import org.permeate.measure.Units;
import org.permeate.properties.CsvLine;

/**
 * The WHO guideline values and US EPA limits Permeate checks waters against, read once from
 * {@code drinking-water-limits.csv} (each row's source in the file's header; the table and its
 * caveats are described in docs/drinking-water-compliance.md).
 */
public final class DrinkingWaterLimits {

    private static final String RESOURCE = "/org/permeate/design/compliance/drinking-water-limits.csv";
    private static final List<DrinkingWaterLimit> ALL = load();

    private DrinkingWaterLimits() {
    }

    /** @return every limit, in file order */
    public static List<DrinkingWaterLimit> all() {
        return ALL;
    }

    /**
     * @param standard WHO, EPA or both
     * @return the limits of that standard, in file order (EPA rows first when both)
     */
    public static List<DrinkingWaterLimit> of(final Standard standard) {
        return ALL.stream().filter(l -> standard.includes(l.authority())).toList();
    }

    private static List<DrinkingWaterLimit> load() {
        final List<DrinkingWaterLimit> out = new ArrayList<>();
        for (CsvLine.Row row : CsvLine.resourceRows(DrinkingWaterLimits.class, RESOURCE)) {
            out.add(parse(row.cells(), row.text(), row.number()));
        }
        return List.copyOf(out);
    }

    private static DrinkingWaterLimit parse(final List<String> f, final String line, final int number) {
        if (f.size() != 9) {
            throw PermeateException.located(new InputLocation(RESOURCE, "", number, 1), Message.UNPARSABLE_QUANTITY,
                    "line " + number, line, "authority,parameter,low,high,unit,expressed_as,basis,source,note");
        }
        final String unitText = f.get(4).strip();
        final Unit unit = switch (unitText) {
            case "mg/L" -> Units.MG_PER_L;
            case "ng/L" -> Units.NG_PER_L;
            case "µg/L" -> Units.UG_PER_L;
            case "pH" -> null;
            default -> throw new PermeateException(Message.UNKNOWN_CHOICE, RESOURCE + " line " + number + ": unit",
                    unitText, "mg/L, µg/L, ng/L, pH");
        };
        final String lowText = f.get(2).strip();
        final OptionalDouble low = lowText.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(toSi(unit, Double.parseDouble(lowText)));
        return new DrinkingWaterLimit(Authority.valueOf(f.get(0).strip()), Parameter.valueOf(f.get(1).strip()), low,
                toSi(unit, Double.parseDouble(f.get(3).strip())), unit, f.get(5).strip(),
                LimitBasis.valueOf(f.get(6).strip()), f.get(7).strip(), f.get(8).strip());
    }

    private static double toSi(final Unit unit, final double value) {
        return unit == null ? value : unit.toSi(value);
    }
}
