package org.permeate.design.compliance;

/** Who sets a drinking-water limit. */
public enum Authority {
    /**
     * World Health Organization, Guidelines for drinking-water quality, 4th edition incorporating the
     * first and second addenda (Geneva, 2022).
     */
    WHO,
    /**
     * United States Environmental Protection Agency: National Primary Drinking Water Regulations
     * (40 CFR 141) and National Secondary Drinking Water Regulations (40 CFR 143).
     */
    EPA
}
