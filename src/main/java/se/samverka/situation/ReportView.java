package se.samverka.situation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report ready to show or write to a file: every section a table with its labels resolved in the reader's language,
 * each figure with its change since the crisis' previous report (null when there is none).
 */
public record ReportView(Report report, Report previous, List<Table> tables) {

    public boolean hasPrevious() {
        return previous != null;
    }

    public record Table(String key, String title, List<String> measures, boolean hasItems, List<Row> rows, Row total) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    public record Row(String district, String item, List<Cell> cells) {}

    public record Cell(BigDecimal value, BigDecimal change) {

        /** The figure as people read it: no trailing zeros (12.5 hours, 3 people). */
        public String text() {
            return plain(value);
        }

        /** The change with its sign (+2, −1, ±0), or empty without a previous report. */
        public String changeText() {
            if (change == null) {
                return "";
            }
            var sign = change.signum();
            return (sign > 0 ? "+" : sign < 0 ? "-" : "±") + plain(change.abs());
        }

        public boolean up() {
            return change != null && change.signum() > 0;
        }

        static String plain(BigDecimal number) {
            var stripped = number.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
    }
}
