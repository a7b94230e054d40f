package org.permeate.chemistry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.permeate.errors.ModelWarning;

/**
 * A calcium-carbonate saturation index of the form pH − pHs: positive means the water tends to
 * deposit CaCO₃, negative that it dissolves it.
 *
 * @param index        which index, e.g. {@code "LSI"} or {@code "S&DSI"}
 * @param method       how pHs was computed, with its source, one line
 * @param pH           the pH of the water
 * @param saturationPh pHs, the pH at which the water would be just saturated with calcite
 * @param terms        the intermediate terms of the method by name (e.g. A, B, C, D or pCa, pAlk,
 *                     K), for reports and checks
 * @param warnings     range and applicability warnings
 */
public record CalciumCarbonateIndex(String index, String method, double pH, double saturationPh,
                                    Map<String, Double> terms, List<ModelWarning> warnings) {

    public CalciumCarbonateIndex {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        warnings = List.copyOf(warnings);
    }

    /** @return the index, pH − pHs */
    public double value() {
        return pH - saturationPh;
    }

    /**
     * @param name a term's name
     * @return its value (NaN if the method has no such term)
     */
    public double term(final String name) {
        final Double v = terms.get(name);
        return v == null ? Double.NaN : v;
    }
}
