package se.samverka.resourcegroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Everyone asked in a group call-out, with their answer and, for those who come, their times. */
record Roll(GroupCallout callout, List<Row> rows, boolean engineActive) {

    /** One member asked: answer is YES, NO, NOT_YET or NOT_NEEDED; {@code turnout} is set for those who come. */
    record Row(UUID volunteerId, String name, String answer, Turnout turnout) {}

    public long count(String answer) {
        return rows.stream().filter(r -> r.answer().equals(answer)).count();
    }

    public long atStage(String stage) {
        return rows.stream()
                .filter(r -> r.turnout() != null && r.turnout().stage().equals(stage))
                .count();
    }

    /** Hours worked by everyone who checked out. */
    public Duration total() {
        return rows.stream()
                .map(Row::turnout)
                .filter(Objects::nonNull)
                .map(Turnout::worked)
                .filter(Objects::nonNull)
                .reduce(Duration.ZERO, Duration::plus);
    }

    public BigDecimal totalHours() {
        return hours(total());
    }

    /** A duration as hours with one decimal (2.5); the page writes it in the reader's language (2,5 in Swedish). */
    static BigDecimal hours(Duration d) {
        if (d == null) {
            return null;
        }
        return BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
