namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// What may be uploaded as a document (a termly SEF or SIP): checked before anything is stored, each
/// refusal a reason for the person to read on the page (docs/operations.md, "Uploaded files").
/// <list type="bullet">
/// <item>The name: refused (not silently repaired) when it holds a path character (<c>/</c>, <c>\</c>,
/// <c>..</c>), a control or invisible formatting character (a right-to-left override can disguise
/// "report‮fdp.exe" as "reportexe.pdf"), or nothing but dots and spaces. An accepted name gives
/// <see cref="DocumentCheckResult.SafeName"/>: letters, digits, spaces, <c>-</c>, <c>_</c> and <c>.</c>
/// (anything else becomes <c>_</c>), at most 120 characters, ending in the lower-case extension.</item>
/// <item>The extension, the last one only (<c>report.pdf.exe</c> is an .exe): .pdf, .docx or .xlsx;
/// .docm and .xlsm (macro-enabled) are named in their refusal.</item>
/// <item>The size: not empty, at most <see cref="UploadOptions.MaxBytes"/>.</item>
/// <item>The contents: the magic bytes must match the extension (<c>%PDF-</c>; <c>PK\x03\x04</c>), then
/// <see cref="OfficePackageCheck"/> or <see cref="PdfContentCheck"/>.</item>
/// </list>
/// The content type is chosen from the extension, never taken from the browser.
/// </summary>
public sealed class DocumentUploadCheck(UploadOptions options)
{
    public async Task<DocumentCheckResult> CheckAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return DocumentCheckResult.Refused("Choose a file to upload.");
        }

        var name = UploadNames.Check(file.FileName);
        if (name.Refusal is not null)
        {
            return DocumentCheckResult.Refused(name.Refusal);
        }

        var kind = DocumentKinds.FromExtension(name.Extension);
        if (kind is null)
        {
            return DocumentCheckResult.Refused(DocumentKinds.RefusalFor(name.Extension));
        }

        if (file.Length == 0)
        {
            return DocumentCheckResult.Refused("The file is empty (0 bytes). Choose the saved document and upload it again.");
        }

        if (file.Length > options.MaxBytes)
        {
            return DocumentCheckResult.Refused(TooLarge(options.MaxBytes));
        }

        var bytes = await ReadAtMostAsync(file, options.MaxBytes, ct);
        if (bytes is null)
        {
            return DocumentCheckResult.Refused(TooLarge(options.MaxBytes));
        }

        if (bytes.Length == 0)
        {
            return DocumentCheckResult.Refused("The file is empty (0 bytes). Choose the saved document and upload it again.");
        }

        if (!bytes.AsSpan().StartsWith(kind.Magic.Span))
        {
            return DocumentCheckResult.Refused(
                $"The file's contents are not {kind.Description}, although its name ends in .{kind.Extension}. Upload the document itself, saved as {kind.Description}.");
        }

        var refusal = kind.Extension == DocumentKinds.Pdf.Extension
            ? PdfContentCheck.Refusal(bytes, options, ct)
            : OfficePackageCheck.Refusal(bytes, kind, options, ct);
        return refusal is null
            ? new DocumentCheckResult(true, null, name.SafeName, kind.ContentType)
            : DocumentCheckResult.Refused(refusal);
    }

    internal static string TooLarge(long maxBytes) =>
        $"The file is larger than the {UploadOptions.Describe(maxBytes)} limit. Make it smaller (for example, compress its pictures or save it as PDF) and upload it again.";

    /// <summary>The whole file, or null when it holds more than <paramref name="maxBytes"/> (its declared length can differ from what is read).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(IFormFile file, long maxBytes, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        using var copy = new MemoryStream((int)Math.Min(file.Length, maxBytes));
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}

/// <summary>
/// The outcome of <see cref="DocumentUploadCheck.CheckAsync"/>: when <see cref="Accepted"/>, the name to keep
/// (<see cref="SafeName"/>) and the content type from the allow-list; otherwise <see cref="Refusal"/>, a plain-English
/// reason to show on the page.
/// </summary>
public sealed record DocumentCheckResult(bool Accepted, string? Refusal, string SafeName, string ContentType)
{
    internal static DocumentCheckResult Refused(string reason) => new(false, reason, "", DocumentKinds.OctetStream);
}
