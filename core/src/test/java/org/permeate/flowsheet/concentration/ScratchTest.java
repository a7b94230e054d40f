package org.permeate.flowsheet.concentration;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void explore() {
        for (String name : new String[] {"maple-sap", "skim-milk", "whole-milk", "apple-juice"}) {
            final long t0 = System.nanoTime();
            final ConcentrationResult r = Concentrator.run(ConcentrationPresets.get(name));
            System.out.println(name + " " + r.message() + " points " + r.points().size() + " ms "
                    + (System.nanoTime() - t0) / 1e6 + " removed " + r.waterRemovedFraction() + " err "
                    + r.worstBalanceError() + " limit " + r.limit());
            for (SoluteBalance b : r.balances()) {
                System.out.println("  " + b);
            }
            final ConcentrationPoint e = r.end();
            System.out.println("  end " + e);
            System.out.println("  start " + r.points().get(0));
            System.out.println("  warnings " + r.warnings());
        }
    }
}
