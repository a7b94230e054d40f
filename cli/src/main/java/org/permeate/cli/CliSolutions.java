package org.permeate.cli;

import org.permeate.io.input.SolutionSpec;
import org.permeate.properties.Composition;
import org.permeate.properties.ConcentrationConverter;
import org.permeate.properties.PropertyPackage;

/** Turns a parsed solution into molalities with a package's density model. */
final class CliSolutions {

    private CliSolutions() {
    }

    static Composition composition(final PropertyPackage pkg, final SolutionSpec s, final StateInputs state) {
        return new ConcentrationConverter(pkg.density()).toComposition(s.entries(), state.temperature(), state.pressure());
    }
}
