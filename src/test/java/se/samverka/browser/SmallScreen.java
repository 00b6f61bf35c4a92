package se.samverka.browser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The checks that axe-core cannot make, because they need the rendered page: reflow at a phone's width (WCAG 1.4.10),
 * a visible focus indicator on everything focusable (2.4.7) and form-control borders that can be seen (1.4.11).
 * Colours are compared with the WCAG contrast ratio against the background behind the element, with translucent
 * ancestors composited over white.
 */
final class SmallScreen {

    /** WCAG 1.4.10: content must reflow at 320 CSS px (1280 px at 400 %). */
    static final int PHONE_WIDTH = 320;

    /** 1280 px at 200 % zoom. */
    static final int ZOOMED_WIDTH = 640;

    private static final String COLOURS = """
			const parse = c => { const m = /rgba?\\(([^)]+)\\)/.exec(c || ''); if (!m) return null;
			  const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
			  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
			const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
			const lum = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
			const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
			const over = (top, base) => ({ r: top.r * top.a + base.r * (1 - top.a), g: top.g * top.a + base.g * (1 - top.a),
			  b: top.b * top.a + base.b * (1 - top.a), a: 1 });
			const backdrop = start => { const layers = [];
			  for (let e = start; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
			    if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
			  return layers.reverse().reduce((base, top) => over(top, base), { r: 255, g: 255, b: 255, a: 1 }); };
			const shown = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
			  return e.getClientRects().length > 0 && s.visibility !== 'hidden' && r.right > 0 && r.width > 1 && r.height > 1; };
			const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			  + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : '')
			  + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
			  + ' "' + (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
			""";

    private static final String FOCUS = COLOURS + """
			const problems = [];
			const focusable = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]),'
			  + ' select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])')]
			  .filter(e => e.tabIndex >= 0 && !e.closest('[aria-hidden=true], [inert]'));
			for (const e of focusable) {
			  e.focus({ preventScroll: true });
			  if (document.activeElement !== e || !shown(e)) continue;
			  const s = getComputedStyle(e);
			  const behind = backdrop(e.parentElement);
			  let best = 0, width = 0;
			  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
			    width = parseFloat(s.outlineWidth); const c = parse(s.outlineColor); if (c) best = ratio(over(c, behind), behind); }
			  if ((width < 2 || best < 3) && s.boxShadow && s.boxShadow !== 'none') {
			    for (const shadow of s.boxShadow.split(/,(?![^(]*\\))/)) {
			      const c = parse(shadow); const lengths = shadow.replace(/rgba?\\([^)]*\\)/, '').trim().split(/\\s+/).map(parseFloat);
			      const spread = lengths.length >= 4 ? lengths[3] : 0;
			      if (c && c.a > 0 && spread >= 2) { const r = ratio(over(c, behind), behind);
			        if (r >= 3 || (spread >= width && r > best)) { best = r; width = spread; } } } }
			  if (!e.matches(':focus-visible') || width < 2 || best < 3) {
			    problems.push(name(e) + ': ' + (e.matches(':focus-visible') ? '' : 'not :focus-visible, ')
			      + 'indicator ' + width + 'px at ' + best.toFixed(2) + ':1 (outline ' + s.outlineStyle + ' ' + s.outlineWidth
			      + ' ' + s.outlineColor + '; box-shadow ' + s.boxShadow + ')'); }
			}
			document.activeElement && document.activeElement.blur();
			return problems;
			""";

    private static final String BORDERS = COLOURS + """
			const problems = [];
			const controls = [...document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button])'
			  + ':not([type=reset]):not([type=image]), select, textarea')].filter(shown);
			for (const e of controls) {
			  const s = getComputedStyle(e);
			  const width = parseFloat(s.borderTopWidth);
			  const border = parse(s.borderTopColor);
			  const outside = backdrop(e.parentElement);
			  const inside = backdrop(e);
			  // the edge shows either by its border or, as with a ticked box, by its own fill
			  const edge = Math.max(border && width >= 1 && s.borderTopStyle !== 'none' ? ratio(over(border, outside), outside) : 0,
			    ratio(inside, outside));
			  if (edge < 3) {
			    problems.push(name(e) + ': border ' + s.borderTopWidth + ' ' + s.borderTopStyle + ' ' + s.borderTopColor
			      + ' at ' + edge.toFixed(2) + ':1'); }
			}
			return problems;
			""";

    private static final String TARGETS = """
			return [...document.querySelectorAll('button, [type=submit], [type=button], [role=button], summary[class]')]
			  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
			  .map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width < 43.5 || r.height < 43.5)
			  .map(([e, r]) => e.tagName.toLowerCase() + ' "' + (e.textContent || e.value || '').trim().slice(0, 40) + '" '
			    + Math.round(r.width) + 'x' + Math.round(r.height) + ' px');
			""";

    private static final String OVERFLOW = """
			const root = document.documentElement;
			if (root.scrollWidth <= root.clientWidth) return null;
			const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
			  .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
			  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
			    + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');
			return 'scrollWidth ' + root.scrollWidth + ' > clientWidth ' + root.clientWidth + '; widest: ' + wide.join(', ');
			""";

    private SmallScreen() {}

    /**
     * Lays the page out at {@code width} CSS px (Chromium's device metrics, so the window itself is untouched) and
     * says what scrolls sideways, if anything; the page is back at the window's width afterwards.
     */
    static Optional<String> overflowAt(ChromeDriver driver, int width) {
        atWidth(driver, width);
        try {
            return Optional.ofNullable((String) driver.executeScript(OVERFLOW));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Keeps the page at {@code width} CSS px until {@link #fullWidth}. */
    static void atWidth(ChromeDriver driver, int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    static void fullWidth(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Every focusable, shown element whose focus indicator is thinner than 2 px or below 3:1 against the background.
     * One Tab press first puts Chromium in keyboard mode, so that each scripted focus shows what a keyboard user sees.
     */
    @SuppressWarnings("unchecked")
    static List<String> focusProblems(ChromeDriver driver) {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        return (List<String>) driver.executeScript(FOCUS);
    }

    /** Every shown button (the primary actions) smaller than a 44 x 44 px touch target (WCAG 2.5.5). */
    @SuppressWarnings("unchecked")
    static List<String> targetProblems(ChromeDriver driver) {
        return (List<String>) driver.executeScript(TARGETS);
    }

    /** Every shown form control whose edge (its border, or its fill) is below 3:1 against the background around it. */
    @SuppressWarnings("unchecked")
    static List<String> borderProblems(ChromeDriver driver) {
        return (List<String>) driver.executeScript(BORDERS);
    }
}
