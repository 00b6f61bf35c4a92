package se.samverka.situation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The few OpenPDF pieces every PDF here uses: A4 with a footer line on every page, a title, a paragraph and a table
 * with a header row. Helvetica's WinAnsi encoding covers Swedish (å, ä, ö, é).
 */
final class Pdfs {

    static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    static final Font BODY = new Font(Font.HELVETICA, 10);
    static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font SMALL = new Font(Font.HELVETICA, 8);

    private Pdfs() {}

    /** A document whose pages all end with the footer line; the content is written by {@code body}. */
    static byte[] write(String footer, Consumer<Document> body) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 36, 36, 36, 48);
        var writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(
                        w.getDirectContent(),
                        Element.ALIGN_LEFT,
                        new Phrase(footer, SMALL),
                        d.left(),
                        d.bottom() - 20,
                        0);
            }
        });
        document.open();
        body.accept(document);
        document.close();
        return out.toByteArray();
    }

    static Paragraph title(String text) {
        var p = new Paragraph(text, TITLE);
        p.setSpacingAfter(6);
        return p;
    }

    static Paragraph heading(String text) {
        var p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    static Paragraph text(String text) {
        return new Paragraph(text, BODY);
    }

    /** A table over the whole width, the header row repeated on each page. */
    static PdfPTable table(List<String> header, List<List<String>> rows, float... widths) {
        var table = widths.length == header.size() ? new PdfPTable(widths) : new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, BOLD))));
        rows.forEach(row ->
                row.forEach(cell -> table.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, BODY)))));
        table.setSpacingAfter(6);
        return table;
    }
}
