namespace SchoolImprovement.Web.Uploads;

/// <summary>One kind of document the portal accepts: its extension, content type and first bytes.</summary>
public sealed record DocumentKind(string Extension, string ContentType, string Description, ReadOnlyMemory<byte> Magic);

/// <summary>The allow-list of documents: PDF, Word (.docx) and Excel (.xlsx), nothing else.</summary>
public static class DocumentKinds
{
    public const string OctetStream = "application/octet-stream";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 3, 4];

    public static readonly DocumentKind Pdf = new("pdf", "application/pdf", "a PDF", PdfMagic);
    public static readonly DocumentKind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document", ZipMagic);
    public static readonly DocumentKind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook", ZipMagic);

    public static IReadOnlyList<DocumentKind> All { get; } = [Pdf, Docx, Xlsx];

    /// <summary>The kind for a lower-case extension without its dot, or null when it is not on the list.</summary>
    public static DocumentKind? FromExtension(string extension) =>
        All.FirstOrDefault(k => string.Equals(k.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The content type to serve a stored file with: one of the list's, or application/octet-stream.</summary>
    public static string ServedContentType(string? storedContentType) =>
        All.FirstOrDefault(k => string.Equals(k.ContentType, storedContentType, StringComparison.OrdinalIgnoreCase))?.ContentType ?? OctetStream;

    internal static string RefusalFor(string extension) => extension switch
    {
        "docm" or "xlsm" or "dotm" or "xltm" or "xlam" or "pptm" =>
            $"Macro-enabled Office files (.{extension}) are not accepted. Save the document as .docx or .xlsx (without macros) and upload it again.",
        "" => "The file has no extension. Only PDF (.pdf), Word (.docx) and Excel (.xlsx) files can be uploaded.",
        _ => $"Only PDF (.pdf), Word (.docx) and Excel (.xlsx) files can be uploaded; this file is .{(extension.Length > 12 ? extension[..12] + "…" : extension)}.",
    };
}
