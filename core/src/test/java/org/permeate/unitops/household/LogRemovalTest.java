package org.permeate.unitops.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.permeate.errors.PermeateException;
import org.permeate.measure.Units;

/** Train log removal against the EPA (1987) purifier; references in household-train-references.md. */
class LogRemovalTest {

    @Test
    void publishedReferencePoints() {
        assertThat(LogRemoval.EPA_PURIFIER).isEqualTo(new LogRemoval(6, 4, 3));
        assertThat(LogRemoval.RO_CREDITED).isEqualTo(new LogRemoval(2, 2, 2));
        assertThat(LogRemoval.RO_INTACT.viruses()).isEqualTo(6.0);
    }

    @Test
    void barriersInSeriesAddTheirLogs() {
        final LogRemoval a = new LogRemoval(1, 2, 3);
        assertThat(a.plus(LogRemoval.NONE)).isEqualTo(a);
        assertThat(a.plus(new LogRemoval(0.5, 0.25, 0))).isEqualTo(new LogRemoval(1.5, 2.25, 3));
    }

    @Test
    void creditedRoWithAClassAUvIsNotAVirusPurifierButIntactRoIs() {
        final UvReactor uv = new UvReactor(4.0, 0.0125, 0.032);
        final double q = 4.0 * (0.032 - 0.0125) / UvReactor.CLASS_A_FLUENCE; // 40 mJ/cm² in clear water
        final LogRemoval uvLogs = LogRemoval.of(uv.treat(q, 1.0));
        assertThat(uvLogs.bacteria()).isEqualTo(6.0);
        assertThat(uvLogs.cysts()).isEqualTo(4.0);
        assertThat(uvLogs.viruses()).isCloseTo(0.526, within(1e-3));
        final LogRemoval credited = LogRemoval.RO_CREDITED.plus(uvLogs);
        assertThat(credited.meets(LogRemoval.EPA_PURIFIER)).isFalse(); // viruses 2.5 < 4
        assertThat(credited.bacteria()).isEqualTo(8.0);
        assertThat(LogRemoval.RO_INTACT.plus(uvLogs).meets(LogRemoval.EPA_PURIFIER)).isTrue();
        assertThat(LogRemoval.RO_CREDITED.meets(LogRemoval.EPA_PURIFIER)).isFalse();
        // a UV dose of 186 mJ/cm² (4 log adenovirus) makes even the credited RO a purifier
        final double q186 = 4.0 * (0.032 - 0.0125) / (186 * UvDoseResponse.MJ_PER_CM2);
        assertThat(LogRemoval.RO_CREDITED.plus(LogRemoval.of(uv.treat(q186, 1.0))).meets(LogRemoval.EPA_PURIFIER))
                .isTrue();
        // a 4 W (UV-C) lamp in this chamber does that at 0.66 gpm
        assertThat(q186 / (Units.US_GALLON / 60)).isCloseTo(0.665, within(0.001));
    }

    @Test
    void negativeLogsAreAnError() {
        assertThatThrownBy(() -> new LogRemoval(-1, 0, 0)).isInstanceOf(PermeateException.class)
                .hasMessageContaining("bacteria");
    }
}
