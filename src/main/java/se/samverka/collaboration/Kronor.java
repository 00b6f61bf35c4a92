package se.samverka.collaboration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Kronor as Swedes write them: spaces between thousands, a comma or a point before the öre, "kr" after it if one
 * likes. Printed as it is typed: spaces between thousands, the öre (if any) after a comma (a point on
 * English pages), so that a form shown again shows what was typed.
 */
class Kronor implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        var plain = text.replaceAll("[\\s\u00a0]", "").replace(',', '.');
        if (plain.endsWith("kr")) {
            plain = plain.substring(0, plain.length() - 2);
        }
        if (!plain.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new ParseException(text, 0);
        }
        return new BigDecimal(plain);
    }

    @Override
    public String print(BigDecimal amount, Locale locale) {
        var plain = amount.stripTrailingZeros();
        plain = plain.setScale(plain.scale() <= 0 ? 0 : 2, RoundingMode.HALF_UP);
        var text = plain.abs().toPlainString();
        var point = text.indexOf('.');
        var whole = point < 0 ? text : text.substring(0, point);
        var grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        if (point >= 0) {
            var english = locale != null && "en".equals(locale.getLanguage());
            grouped.append(english ? '.' : ',').append(text.substring(point + 1));
        }
        return (plain.signum() < 0 ? "-" : "") + grouped;
    }
}
