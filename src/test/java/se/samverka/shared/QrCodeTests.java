package se.samverka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The poster's QR code, drawn as SVG path data, reads back as the link it was made of. */
class QrCodeTests {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    @Test
    void thePathReadsBackAsTheLink() throws Exception {
        var link = "https://samverka.ekero.se/kris/anmal?omrade=lovo-drottningholm";
        var code = QrCode.of(link);
        assertThat(code.text()).isEqualTo(link);

        // draw the path's unit squares four pixels wide, black on white, and let ZXing's reader decode it
        var scale = 4;
        var side = code.size() * scale;
        var pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        var modules = MODULE.matcher(code.path());
        var dark = 0;
        while (modules.find()) {
            dark++;
            var x = Integer.parseInt(modules.group(1));
            var y = Integer.parseInt(modules.group(2));
            assertThat(x).isBetween(4, code.size() - 5);
            assertThat(y).isBetween(4, code.size() - 5);
            for (var dy = 0; dy < scale; dy++) {
                for (var dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * side + x * scale + dx] = 0xFF000000;
                }
            }
        }
        assertThat(dark).isGreaterThan(100);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
    }
}
