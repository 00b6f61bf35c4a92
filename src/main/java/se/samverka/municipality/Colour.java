package se.samverka.municipality;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A colour as {@code #rrggbb} and its WCAG contrast ratio against white: the municipality's colour is the background
 * of white button text and the colour of links on white, so it needs at least 4.5:1 (WCAG 1.4.3).
 */
record Colour(int red, int green, int blue) {

    static final String DEFAULT_PRIMARY = "#1d5c96";

    static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6})");

    /** The colour written as {@code #rrggbb} (the {@code #} may be left out); empty when it is not one. */
    static Optional<Colour> parse(String text) {
        var matcher = HEX.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var value = Integer.parseInt(matcher.group(1), 16);
        return Optional.of(new Colour((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff));
    }

    /** The WCAG 2 contrast ratio against white, 1 to 21. */
    double contrastWithWhite() {
        return 1.05 / (luminance() + 0.05);
    }

    boolean readableOnWhite() {
        return contrastWithWhite() >= MINIMUM_CONTRAST;
    }

    /** The same colour a fifth darker, for hovered buttons and links. */
    Colour darker() {
        return new Colour(red * 4 / 5, green * 4 / 5, blue * 4 / 5);
    }

    String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        var c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
