package se.samverka.resourcegroup;

/**
 * Civilförsvarsförbundet's rule of thumb for call-outs: to fill N places, ask about 3 × N people, since most cannot
 * come at short notice. {@code people} is how many can be asked (the group's members, or those asked).
 */
record RuleOfThree(int needed, int people) {

    static final int FACTOR = 3;

    public int toAsk() {
        return Math.multiplyExact(Math.max(needed, 1), FACTOR);
    }

    /** Whether there are 3 × N people to ask. */
    public boolean enough() {
        return people >= toAsk();
    }

    /** About how many places that many people fill. */
    public int places() {
        return people / FACTOR;
    }
}
