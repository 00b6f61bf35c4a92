package se.samverka.browser;

import static org.assertj.core.api.Assertions.fail;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Drives a page with the keyboard only, as someone who cannot use a mouse: Tab to move, letters to type, Space to tick
 * a box, arrow keys to choose a radio button or an option, Enter to send. No element is clicked, and nothing is set
 * by script: where Tab cannot reach something, the journey fails.
 */
final class Keyboard {

    /** More than any page of Samverka has focusable elements before its last field. */
    private static final int MAX_TABS = 250;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element has the focus. */
    Keyboard tabTo(By by) {
        var target = browser.element(by);
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.equals(focused())) {
                return this;
            }
            press(Keys.TAB);
        }
        return fail("Tab never reached %s on %s", by, browser.driver().getCurrentUrl());
    }

    Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    /** Tabs to the text field, selects what it holds and types over it. */
    Keyboard type(String id, String text) {
        tabTo(By.id(id));
        new Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE)
                .sendKeys(text)
                .perform();
        return this;
    }

    /** Tabs to the checkbox and ticks it with Space (unless it is ticked). */
    Keyboard tick(By checkbox) {
        tabTo(checkbox);
        if (!focused().isSelected()) {
            press(Keys.SPACE);
        }
        return this;
    }

    /**
     * Chooses a radio button as a keyboard user does: Tab enters the group (on its chosen or its first button), the
     * arrow keys move the choice.
     */
    Keyboard choose(String name, String value) {
        for (int i = 0; i < MAX_TABS && !name.equals(focused().getDomAttribute("name")); i++) {
            press(Keys.TAB);
        }
        for (int i = 0; i < 20; i++) {
            if (value.equals(focused().getDomAttribute("value"))) {
                if (!focused().isSelected()) {
                    press(Keys.SPACE);
                }
                return this;
            }
            press(Keys.ARROW_DOWN);
        }
        return fail("the arrow keys never reached %s=%s", name, value);
    }

    /** Tabs to a select and types the start of the option's text, as a keyboard user picks from a closed list. */
    Keyboard pick(String id, String optionText) {
        tabTo(By.id(id));
        return press(optionText);
    }

    /**
     * Types a date into a date field segment by segment, in the order the browser's language shows them (typing into
     * date fields follows the browser's locale: "06/15/2027" in American English, "2027-06-15" in Swedish).
     */
    Keyboard typeDate(String id, java.time.LocalDate date) {
        tabTo(By.id(id));
        var order = (String) browser.driver()
                .executeScript(
                        "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2001, 10, 22))"
                                + ".filter(p => p.type !== 'literal').map(p => p.type[0]).join('');");
        for (var part : order.toCharArray()) {
            switch (part) {
                case 'y' -> press(String.valueOf(date.getYear()));
                case 'm' -> press("%02d".formatted(date.getMonthValue()));
                case 'd' -> press("%02d".formatted(date.getDayOfMonth()));
                default -> {}
            }
        }
        return this;
    }

    /** Types a time into a time field: hours and minutes, with AM or PM where the browser's language has them. */
    Keyboard typeTime(String id, int hour, int minute) {
        tabTo(By.id(id));
        var twelveHours = (Boolean) browser.driver()
                .executeScript("return new Intl.DateTimeFormat(navigator.language, {hour: 'numeric'})"
                        + ".resolvedOptions().hour12 === true;");
        if (Boolean.TRUE.equals(twelveHours)) {
            var h = hour % 12 == 0 ? 12 : hour % 12;
            return press("%02d".formatted(h), "%02d".formatted(minute), hour < 12 ? "A" : "P");
        }
        return press("%02d".formatted(hour), "%02d".formatted(minute));
    }

    /** Tabs to the button (or link) and presses Enter on it, and waits for the page it loads. */
    Browser send(By button) {
        tabTo(button);
        return browser.toNewPage(() -> press(Keys.ENTER));
    }
}
