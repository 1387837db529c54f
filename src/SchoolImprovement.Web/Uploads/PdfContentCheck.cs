using System.IO.Compression;
using System.Text;

namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// Refuses a PDF that carries something active: JavaScript (<c>/JavaScript</c>, <c>/JS</c>, which also covers an
/// <c>/OpenAction</c> or <c>/AA</c> that runs a script), a launch action (<c>/Launch</c>), embedded files
/// (<c>/EmbeddedFile</c>, <c>/EmbeddedFiles</c>, <c>/FileAttachment</c>), XFA forms or rich media (<c>/XFA</c>,
/// <c>/RichMedia</c>, both can carry scripts), or encryption (<c>/Encrypt</c>: its object streams could not be read).
/// An <c>/OpenAction</c> that only opens a page is allowed.
/// <para>
/// How: a byte scan of the file's names (a <c>/</c> and the characters up to the next delimiter), with <c>#xx</c> escapes
/// decoded (<c>/J#61vaScript</c> is <c>/JavaScript</c>), compared without regard to case. The data of streams with a
/// filter is skipped (compressed pictures and fonts hold any bytes by chance) except object streams (<c>/ObjStm</c>),
/// where PDF 1.5+ keeps dictionaries: those are inflated (Flate only, within <see cref="UploadOptions.MaxUncompressedBytes"/>)
/// and scanned too; an object stream with any other filter is refused as unreadable.
/// </para>
/// <para>
/// Limits of a byte scan (docs/operations.md): it does not parse the PDF, so a name inside a string or a comment is
/// refused as if it were live (a false refusal, never a miss); it cannot see a script hidden where a reader would find it
/// only by repairing a damaged file in ways this scan does not imitate; and it does not judge what a link (<c>/URI</c>) or
/// a form submission points at. It is one layer: the files are served only as attachments, never shown in the portal.
/// </para>
/// </summary>
internal static class PdfContentCheck
{
    private const string Scripts = "The PDF contains JavaScript, which is not accepted. Print it to a new PDF (or export it again without scripts) and upload that.";

    private static readonly Dictionary<string, string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JavaScript"] = Scripts,
        ["JS"] = Scripts,
        ["Launch"] = "The PDF contains an action that starts another program (/Launch), which is not accepted. Print it to a new PDF and upload that.",
        ["EmbeddedFile"] = "The PDF contains embedded files (attachments), which are not accepted. Upload the document on its own, without attachments.",
        ["EmbeddedFiles"] = "The PDF contains embedded files (attachments), which are not accepted. Upload the document on its own, without attachments.",
        ["FileAttachment"] = "The PDF contains embedded files (attachments), which are not accepted. Upload the document on its own, without attachments.",
        ["XFA"] = "The PDF is an interactive (XFA) form, which can carry scripts and is not accepted. Print it to a new PDF and upload that.",
        ["RichMedia"] = "The PDF contains embedded media, which can carry scripts and is not accepted. Print it to a new PDF and upload that.",
        ["Encrypt"] = "The PDF is password-protected or encrypted, so its contents cannot be checked. Remove the protection, save it again and upload it.",
    };

    private const string Unreadable = "The PDF could not be read: it is damaged or compressed in a way the portal cannot check. Save it again as a standard PDF and upload that.";

    public static string? Refusal(byte[] bytes, UploadOptions options, CancellationToken ct)
    {
        long inflated = 0;
        return Scan(bytes, options, ref inflated, inObjectStream: false, ct);
    }

    private static string? Scan(ReadOnlySpan<byte> pdf, UploadOptions options, ref long inflated, bool inObjectStream, CancellationToken ct)
    {
        // Names seen since the last "obj": the dictionary of a stream that follows.
        var names = new List<string>();
        var i = 0;
        while (i < pdf.Length)
        {
            var b = pdf[i];
            if (b == (byte)'/')
            {
                var name = ReadName(pdf, i + 1, out var next);
                if (Refused.TryGetValue(name, out var reason))
                {
                    return reason;
                }

                names.Add(name);
                i = next;
                continue;
            }

            if (IsKeyword(pdf, i, "obj"u8))
            {
                names.Clear();
                i += 3;
                continue;
            }

            if (!inObjectStream && IsKeyword(pdf, i, "stream"u8) && i + 6 < pdf.Length && pdf[i + 6] is (byte)'\r' or (byte)'\n')
            {
                var dataStart = i + 6 + (pdf[i + 6] == '\r' && i + 7 < pdf.Length && pdf[i + 7] == '\n' ? 2 : 1);
                var end = pdf[dataStart..].IndexOf("endstream"u8);
                var dataEnd = end < 0 ? pdf.Length : dataStart + end;
                var filtered = names.Contains("Filter", StringComparer.OrdinalIgnoreCase);
                if (names.Contains("ObjStm", StringComparer.OrdinalIgnoreCase))
                {
                    var refusal = ScanObjectStream(pdf[dataStart..dataEnd], names, options, ref inflated, ct);
                    if (refusal is not null)
                    {
                        return refusal;
                    }

                    i = dataEnd;
                }
                else
                {
                    // Unfiltered data is scanned as it stands (on the next turns); filtered data is skipped.
                    i = filtered ? dataEnd : dataStart;
                }

                names.Clear();
                continue;
            }

            i++;
        }

        return null;
    }

    private static readonly HashSet<string> FilterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ASCIIHexDecode", "ASCII85Decode", "LZWDecode", "FlateDecode", "RunLengthDecode", "CCITTFaxDecode", "JBIG2Decode", "DCTDecode", "JPXDecode", "Crypt",
    };

    private static string? ScanObjectStream(ReadOnlySpan<byte> data, List<string> dictionary, UploadOptions options, ref long inflated, CancellationToken ct)
    {
        var filters = dictionary.Where(FilterNames.Contains).ToList();
        var hasFilter = dictionary.Contains("Filter", StringComparer.OrdinalIgnoreCase);
        if (!hasFilter)
        {
            // An unfiltered object stream: its objects are in plain sight.
            return Scan(data, options, ref inflated, inObjectStream: true, ct);
        }

        // Flate alone, without predictors: what every writer uses for object streams. Anything else (a chain, an
        // indirect filter, encryption) could hide a dictionary from this scan, so it is refused.
        if (filters.Count != 1 || !filters[0].Equals("FlateDecode", StringComparison.OrdinalIgnoreCase) || dictionary.Contains("DecodeParms", StringComparer.OrdinalIgnoreCase))
        {
            return Unreadable;
        }

        using var output = new MemoryStream();
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                ct.ThrowIfCancellationRequested();
                inflated += read;
                if (inflated > options.MaxUncompressedBytes)
                {
                    return $"The PDF unpacks to more than {UploadOptions.Describe(options.MaxUncompressedBytes)}, far more than a document should. It was not accepted.";
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return Unreadable;
        }

        return Scan(output.GetBuffer().AsSpan(0, (int)output.Length), options, ref inflated, inObjectStream: true, ct);
    }

    /// <summary>The name starting at <paramref name="start"/> (just after its '/'), with #xx escapes decoded.</summary>
    private static string ReadName(ReadOnlySpan<byte> pdf, int start, out int next)
    {
        var name = new StringBuilder();
        var i = start;
        while (i < pdf.Length && !IsWhiteSpace(pdf[i]) && !IsDelimiter(pdf[i]))
        {
            if (pdf[i] == '#' && i + 2 < pdf.Length && IsHex(pdf[i + 1]) && IsHex(pdf[i + 2]))
            {
                name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(pdf.Slice(i + 1, 2)), 16));
                i += 3;
                continue;
            }

            name.Append((char)pdf[i]);
            i++;
        }

        next = i;
        return name.ToString();
    }

    private static bool IsKeyword(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> keyword) =>
        pdf[at..].StartsWith(keyword)
        && (at == 0 || IsWhiteSpace(pdf[at - 1]) || IsDelimiter(pdf[at - 1]))
        && (at + keyword.Length == pdf.Length || IsWhiteSpace(pdf[at + keyword.Length]) || IsDelimiter(pdf[at + keyword.Length]));

    private static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
