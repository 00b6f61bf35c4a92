package se.samverka.situation;

/** A figure as stored: with the key of the section it belongs to. */
record SituationRecord(String section, SituationFigure figure) {

    /** Identifies the same figure across two reports. */
    String identity() {
        return section + '|' + figure.districtId() + '|' + figure.itemKey() + '|' + figure.measure();
    }
}
