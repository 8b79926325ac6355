package org.credpath.solver;

/** CP-SAT models integers: every model of the project counts credits and costs in hundredths. */
public final class Units {

    /** Integer units per credit (or per euro, per week). */
    public static final int SCALE = 100;

    private Units() {
    }
}
