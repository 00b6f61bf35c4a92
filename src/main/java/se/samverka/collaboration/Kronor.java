package se.samverka.collaboration;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Kronor as Swedes write them: spaces between thousands, a comma or a point before the öre, "kr" after it if one
 * likes. Printed plain, without trailing zeros, so that an edit shows what was typed.
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
        return amount.stripTrailingZeros().toPlainString();
    }
}
