/**
 * Household (point-of-use) reverse osmosis: one small element on line pressure, a drain flow
 * restrictor, a bladder storage tank whose air side sets the permeate back-pressure, an automatic
 * shut-off valve with its check valve, a day of draws, and the ratings of NSF/ANSI 58.
 *
 * <p>Unit-operations layer: uses the element, properties, measure, errors and solver layers only.
 */
package org.permeate.unitops.household;
