package org.permeate.io.project;

import java.util.List;
import java.util.Optional;

import org.permeate.chemistry.WaterAnalysis;

import org.permeate.element.catalog.ElementSpec;
import org.permeate.properties.Solution;
import org.permeate.unitops.household.DayResult;
import org.permeate.unitops.household.DaySimulation;
import org.permeate.unitops.household.Draw;
import org.permeate.unitops.household.HouseholdRatings;
import org.permeate.unitops.household.HouseholdSystem;
import org.permeate.unitops.household.HouseholdTrain;
import org.permeate.unitops.household.TanklessSystem;

/**
 * A household RO file as read (docs/household.md): the unit, ready to be run over its day of use
 * and rated.
 *
 * @param source         where it was read from (a file, or {@code preset NAME})
 * @param title          its title ({@code household:}), or the element's model
 * @param description    its description, or empty
 * @param preset         the preset it starts from, or empty
 * @param element        the element's catalog entry (its source and notes say how sure its data are)
 * @param unit           the unit: with a tank, or tankless
 * @param tapWater       how the tap water was given: the text of its analysis, or the test water's name
 * @param pattern        the name of the day's pattern ({@code typical}), or {@code draws} for a list
 * @param draws          the day's draws
 * @param duration       how long to simulate, s
 * @param timeStep       the simulation's time step, s
 * @param initialVolume  water in the tank at the start, m³ (0 for a tankless unit)
 * @param reportInterval the interval of the reported timeline, s (a whole number of time steps)
 * @param train          the stages around the membrane (the prefilters' pressure loss is in {@code unit})
 * @param tapAnalysis    the tap water as an analysis (given with its pH), for the compliance check;
 *                       empty for a composition without pH or the test water
 */
public record HouseholdProject(String source, String title, String description, String preset, ElementSpec element,
                               Unit unit, String tapWater, String pattern, List<Draw> draws, double duration,
                               double timeStep, double initialVolume, double reportInterval, HouseholdTrain train,
                               Optional<WaterAnalysis> tapAnalysis) {

    public HouseholdProject {
        draws = List.copyOf(draws);
        if (train == null || tapAnalysis == null) {
            throw new IllegalArgumentException("train and tap analysis (possibly empty) must not be null");
        }
    }

    /** The unit of a household file: a tank unit or a tankless one. */
    public sealed interface Unit permits WithTank, Tankless {

        /** @return the feed: tap water at line pressure and temperature */
        Solution feed();

        /**
         * @param draws    the draws
         * @param duration s
         * @param step     s
         * @param initial  water in the tank at the start, m³ (ignored without a tank)
         * @return the simulated stretch
         */
        DayResult run(List<Draw> draws, double duration, double step, double initial);

        /**
         * @param step time step, s
         * @return the ratings at the NSF/ANSI 58-style test conditions (50 psig, 25 °C, 750 mg/L
         *         NaCl) over Permeate's typical day ({@link HouseholdRatings#TYPICAL_DAY})
         */
        HouseholdRatings.Ratings rateAtTestConditions(double step);

        /**
         * @param step time step, s
         * @return the same ratings on this unit's own tap water, line pressure and temperature
         */
        HouseholdRatings.Ratings rateAsInstalled(double step);
    }

    /** @param system a unit with a bladder tank and a shut-off valve */
    public record WithTank(HouseholdSystem system) implements Unit {
        @Override
        public Solution feed() {
            return system.feed();
        }

        @Override
        public DayResult run(final List<Draw> d, final double duration, final double step, final double initial) {
            return DaySimulation.run(system, d, duration, step, initial);
        }

        @Override
        public HouseholdRatings.Ratings rateAtTestConditions(final double step) {
            return HouseholdRatings.rate(system.withFeed(HouseholdRatings.standardTestWater(
                    system.options().properties().density())), HouseholdRatings.TYPICAL_DAY, step);
        }

        @Override
        public HouseholdRatings.Ratings rateAsInstalled(final double step) {
            return HouseholdRatings.rate(system, HouseholdRatings.TYPICAL_DAY, step);
        }
    }

    /** @param system a unit without a tank: permeate to the spout while the tap runs */
    public record Tankless(TanklessSystem system) implements Unit {
        @Override
        public Solution feed() {
            return system.feed();
        }

        @Override
        public DayResult run(final List<Draw> d, final double duration, final double step, final double initial) {
            return system.run(d, duration, step);
        }

        @Override
        public HouseholdRatings.Ratings rateAtTestConditions(final double step) {
            return system.withFeed(HouseholdRatings.standardTestWater(system.options().properties().density()))
                    .rate(HouseholdRatings.TYPICAL_DAY, step);
        }

        @Override
        public HouseholdRatings.Ratings rateAsInstalled(final double step) {
            return system.rate(HouseholdRatings.TYPICAL_DAY, step);
        }
    }

    /** @return the day of use this file describes */
    public DayResult simulate() {
        return unit.run(draws, duration, timeStep, initialVolume);
    }
}
