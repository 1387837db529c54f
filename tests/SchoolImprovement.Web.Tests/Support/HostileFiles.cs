using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>A file as a browser would post it: the name it gives and the bytes.</summary>
public sealed record UploadFile(string Name, byte[] Bytes)
{
    public override string ToString() => Name;
}

/// <summary>
/// Files for the upload tests, built in memory and small: valid minimal PDF, DOCX and XLSX, and one generator per
/// attack the issue lists (wrong magic bytes, double extension, path and control characters in names, a zip bomb with
/// lying sizes, too many entries, macros, .docm/.xlsm, PDFs with JavaScript, launch actions, hex-escaped names and
/// embedded files, oversized and empty files).
/// </summary>
public static class HostileFiles
{
    public const string DocxMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string XlsxMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    // ---- Valid documents ----

    /// <summary>A one-page PDF with a correct cross-reference table, and an /OpenAction that only opens page 1 (allowed).</summary>
    public static byte[] MinimalPdf() => Pdf(extraObjects: [], catalogExtra: "/OpenAction [3 0 R /Fit]");

    public static byte[] MinimalDocx() => Zip(DocxParts());

    public static byte[] MinimalXlsx() => Zip(XlsxParts());

    // ---- Wrong magic bytes ----

    /// <summary>A Windows executable's first bytes (MZ header).</summary>
    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. "This program cannot be run in DOS mode."u8];

    public static byte[] Html() => "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

    // ---- ZIP attacks ----

    /// <summary>
    /// A DOCX whose word/media/image1.bin inflates to <paramref name="megabytes"/> MB of zeros (about 1 KB per MB
    /// compressed), with the local header's and the central directory's sizes patched to claim 1 KB. Cached per size.
    /// </summary>
    public static byte[] ZipBombWithLyingSizes(int megabytes = 300) => Bombs.GetOrAdd(megabytes, mb =>
    {
        const string bombName = "word/media/image1.bin";
        var bytes = Zip(DocxParts(), (bombName, mb));
        var patched = PatchSizes(bytes, bombName, compressed: null, uncompressed: 1024);
        if (patched != 2)
        {
            throw new InvalidOperationException($"Expected to patch 2 headers, patched {patched}.");
        }

        return bytes;
    }).ToArray();

    /// <summary>The same bomb with honest headers: its sizes declare the full inflated length.</summary>
    public static byte[] ZipBombWithHonestSizes(int megabytes) => Zip(DocxParts(), ("word/media/image1.bin", megabytes));

    /// <summary>A DOCX whose document part's declared size is larger than its contents (a lying header, no bomb).</summary>
    public static byte[] DocxWithOverstatedSize()
    {
        var bytes = MinimalDocx();
        PatchSizes(bytes, "word/document.xml", compressed: null, uncompressed: 5_000);
        return bytes;
    }

    /// <summary>A DOCX holding <paramref name="entries"/> entries in all (tiny ones beyond the real parts).</summary>
    public static byte[] DocxWithEntries(int entries)
    {
        var parts = DocxParts();
        var extra = Enumerable.Range(1, entries - parts.Count).Select(i => ($"word/extra/part{i}.xml", "<x/>"));
        return Zip([.. parts, .. extra]);
    }

    /// <summary>A DOCX carrying a VBA project (word/vbaProject.bin), content types unchanged.</summary>
    public static byte[] DocxWithVbaProject() => Zip([.. DocxParts(), ("word/vbaProject.bin", "\u00D0\u00CF\u0011\u00E0 VBA project")]);

    /// <summary>A real macro-enabled document's package: content types declare a macroEnabled main part (what a .docm holds).</summary>
    public static byte[] MacroEnabledWordPackage() =>
        Zip(DocxParts("application/vnd.ms-word.document.macroEnabled.main+xml"));

    public static byte[] MacroEnabledExcelPackage() =>
        Zip([.. XlsxParts("application/vnd.ms-excel.sheet.macroEnabled.main+xml"), ("xl/vbaProject.bin", "VBA")]);

    // ---- PDF attacks ----

    public static byte[] PdfWithJavaScript() => Pdf(["<< /Type /Action /S /JavaScript /JS (app.alert\\('hello'\\);) >>"], "/OpenAction 4 0 R");

    /// <summary>An /OpenAction whose action dictionary names JavaScript only through a /JS entry.</summary>
    public static byte[] PdfWithOpenActionScript() => Pdf(["<< /S /JS /JS (this.exportDataObject\\({cName: 'a'}\\)) >>"], "/OpenAction 4 0 R");

    public static byte[] PdfWithLaunch() => Pdf(["<< /Type /Action /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>"], "/OpenAction 4 0 R");

    /// <summary>JavaScript named with #hex escapes: /J#61vaScript is /JavaScript, /#4A#53 is /JS.</summary>
    public static byte[] PdfWithHexEscapedJavaScript() => Pdf(["<< /Type /Action /S /J#61vaScript /#4A#53 (app.alert\\(1\\)) >>"], "/OpenAction 4 0 R");

    public static byte[] PdfWithEmbeddedFile() =>
        Pdf(["<< /Type /EmbeddedFile /Length 5 >>\nstream\nhello\nendstream", "<< /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) /EF << /F 4 0 R >> >>] >> >>"], "/Names 5 0 R");

    /// <summary>The JavaScript action inside a Flate-compressed object stream (PDF 1.5), invisible to a plain byte scan.</summary>
    public static byte[] PdfWithJavaScriptInObjectStream()
    {
        var inner = "5 0 << /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>"u8.ToArray();
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(inner);
        }

        var data = compressed.ToArray();
        var header = Encoding.ASCII.GetBytes($"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {data.Length} >>\nstream\n");
        return Pdf([RawObject([.. header, .. data, .. "\nendstream"u8])], "/OpenAction 5 0 R");
    }

    /// <summary>A valid PDF whose page content is Flate-compressed and happens to hold the bytes "/JS " (skipped: not an object stream).</summary>
    public static byte[] PdfWithCompressedContentHoldingJsBytes()
    {
        byte[] data = [0x78, 0x9C, .. "/JS /JavaScript "u8, 0x01, 0x02];
        var header = Encoding.ASCII.GetBytes($"<< /Filter /FlateDecode /Length {data.Length} >>\nstream\n");
        return Pdf([RawObject([.. header, .. data, .. "\nendstream"u8])], "");
    }

    // ---- Names ----

    public static IReadOnlyList<string> NamesWithPathCharacters { get; } =
    [
        "../../etc/passwd.pdf",
        "..\\..\\Windows\\win.ini.pdf",
        "C:\\Users\\head\\Documents\\SEF.pdf",
        "/var/www/report.pdf",
        "report..pdf",
        "..",
    ];

    public static IReadOnlyList<string> NamesWithControlCharacters { get; } =
    [
        "report\0.pdf",
        "report\r\nContent-Type: text/html.pdf",
        "report\t.pdf",
        "report\u007F.pdf",
        "invoice\u202Efdp.exe.pdf",
        "zero\u200Bwidth.pdf",
    ];

    public static IReadOnlyList<string> NamesOfOnlyDots { get; } = ["...", ". . .", " "];

    // ---- Sizes ----

    /// <summary>A PDF of exactly <paramref name="bytes"/> bytes (valid header, padded with a comment-free body of spaces).</summary>
    public static byte[] PdfOfSize(long bytes)
    {
        var pdf = MinimalPdf();
        var result = new byte[bytes];
        result.AsSpan().Fill((byte)' ');
        pdf.AsSpan(0, (int)Math.Min(pdf.Length, bytes)).CopyTo(result);
        return result;
    }

    // ---- Builders ----

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, byte[]> Bombs = new();

    private static List<(string Name, string Text)> DocxParts(string mainType = DocxMain) =>
    [
        ("[Content_Types].xml", ContentTypes(("/word/document.xml", mainType))),
        ("_rels/.rels", Relationships("word/document.xml")),
        ("word/document.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Self-evaluation</w:t></w:r></w:p></w:body></w:document>"""),
    ];

    private static List<(string Name, string Text)> XlsxParts(string mainType = XlsxMain) =>
    [
        ("[Content_Types].xml", ContentTypes(("/xl/workbook.xml", mainType), ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))),
        ("_rels/.rels", Relationships("xl/workbook.xml")),
        ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
        ("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Priority</t></is></c></row></sheetData></worksheet>"""),
    ];

    private static string ContentTypes(params (string Part, string Type)[] overrides) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"""
        + string.Concat(overrides.Select(o => $"""<Override PartName="{o.Part}" ContentType="{o.Type}"/>""")) + "</Types>";

    private static string Relationships(string main) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/></Relationships>""";

    private static byte[] Zip(IEnumerable<(string Name, string Text)> parts, (string Name, int Megabytes)? zeros = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }

            if (zeros is { } bomb)
            {
                using var entry = zip.CreateEntry(bomb.Name, CompressionLevel.Optimal).Open();
                var megabyte = new byte[1024 * 1024];
                for (var i = 0; i < bomb.Megabytes; i++)
                {
                    entry.Write(megabyte);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Rewrites the sizes of entry <paramref name="name"/> in its local header and its central directory record; the number of headers changed.</summary>
    private static int PatchSizes(byte[] zip, string name, uint? compressed, uint uncompressed)
    {
        var patched = 0;
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == 0x04034b50 && zip.AsSpan(at + 30, Math.Min(encoded.Length, zip.Length - at - 30)).SequenceEqual(encoded)
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 26)) == encoded.Length)
            {
                if (compressed is { } c)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 18), c);
                }

                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 22), uncompressed);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(at + 46, Math.Min(encoded.Length, zip.Length - at - 46)).SequenceEqual(encoded)
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28)) == encoded.Length)
            {
                if (compressed is { } c)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 20), c);
                }

                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), uncompressed);
                patched++;
            }
        }

        return patched;
    }

    private const char RawMarker = '\u0001';

    private static string RawObject(byte[] bytes) => RawMarker + Convert.ToBase64String(bytes);

    /// <summary>
    /// A PDF: catalog (1), pages (2), one page (3), then <paramref name="extraObjects"/> numbered from 4, with a correct
    /// cross-reference table. An object given through <see cref="RawObject"/> is written as its bytes.
    /// </summary>
    private static byte[] Pdf(IReadOnlyList<string> extraObjects, string catalogExtra)
    {
        List<byte[]> objects =
        [
            Encoding.ASCII.GetBytes($"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>"),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"u8.ToArray(),
            .. extraObjects.Select(o => o.StartsWith(RawMarker) ? Convert.FromBase64String(o[1..]) : Encoding.ASCII.GetBytes(o)),
        ];
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }
}
