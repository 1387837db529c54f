using System.Globalization;

namespace SchoolImprovement.Web.Uploads;

/// <summary>Section <c>Uploads</c>: the limits on uploaded documents (docs/operations.md, "Uploaded files").</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>The largest file accepted, in bytes (default 20 MB). The request body may be this plus <see cref="FormOverheadBytes"/>.</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most entries a DOCX or XLSX (a ZIP package) may hold.</summary>
    public int MaxZipEntries { get; set; } = 1000;

    /// <summary>The most bytes a DOCX or XLSX may unpack to, counted while inflating (default 200 MB); also caps what a PDF's object streams may inflate to.</summary>
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Room in the request body for the form's other fields, the antiforgery token and the multipart headers.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The largest request body an upload action reads.</summary>
    public long MaxRequestBytes => MaxBytes + FormOverheadBytes;

    /// <summary><paramref name="bytes"/> for people: "20 MB", "1.5 MB", "300 KB".</summary>
    public static string Describe(long bytes)
    {
        const double Mb = 1024 * 1024;
        return bytes >= Mb
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(bytes / Mb, 1):0.#} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024.0))} KB");
    }
}
