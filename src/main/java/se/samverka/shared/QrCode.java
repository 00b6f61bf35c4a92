package se.samverka.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code (ZXing) for a printed poster, as SVG path data: one unit square per dark module, a quiet zone of four modules around it, so a
 * template draws it as {@code <svg viewBox="0 0 size size"><path d="..."/></svg>} and it prints sharp at any size.
 *
 * @param size the side of the viewBox, quiet zone included
 * @param path the dark modules as path data
 * @param text what the code says (a link)
 */
public record QrCode(int size, String path, String text) {

    private static final int QUIET_ZONE = 4;

    public static QrCode of(String text) {
        try {
            // medium error correction: a poster may be creased or partly covered
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            var path = new StringBuilder();
            for (var y = 0; y < matrix.getHeight(); y++) {
                for (var x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M')
                                .append(x + QUIET_ZONE)
                                .append(' ')
                                .append(y + QUIET_ZONE)
                                .append("h1v1h-1z");
                    }
                }
            }
            return new QrCode(matrix.getWidth() + 2 * QUIET_ZONE, path.toString(), text);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + text.length() + " characters", e);
        }
    }
}
