using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Storage;

namespace SchoolImprovement.Web.Features.Returns;

/// <summary>A version's stored file, opened for streaming, with the name and type to send it under.</summary>
public sealed record ReturnFile(Stream Content, string FileName, string ContentType);

/// <summary>
/// Opens a version's file from the <see cref="IFileStore"/> (never from a path the user gave). The content type
/// sent is the stored one only when it is on the allow-list (PDF, DOCX, XLSX), otherwise application/octet-stream.
/// </summary>
public sealed class DownloadReturnHandler(PortalDbContext db, IFileStore store)
{
    public static readonly IReadOnlySet<string> AllowedContentTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public async Task<ReturnFile?> OpenAsync(Guid id, CancellationToken ct)
    {
        var file = await db.ReturnVersions.Where(v => v.Id == id)
            .Join(db.StoredFiles, v => v.FileId, f => f.Id, (v, f) => new { f.StorageKey, f.OriginalName, f.ContentType })
            .SingleOrDefaultAsync(ct);
        if (file is null || await store.OpenReadAsync(file.StorageKey, ct) is not { } content)
        {
            return null;
        }

        return new ReturnFile(content, file.OriginalName, AllowedContentTypes.Contains(file.ContentType) ? file.ContentType : "application/octet-stream");
    }

    /// <summary><c>attachment; filename="…"; filename*=UTF-8''…</c> for a name cleaned of path and control characters.</summary>
    public static string ContentDisposition(string? fileName)
    {
        var name = SafeName(fileName);
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            ascii.Append(c is >= ' ' and <= '~' and not ('"' or '\\' or ';' or ',' or '%' or '*') ? c : '_');
        }

        return new ContentDispositionHeaderValue("attachment") { FileName = $"\"{ascii}\"", FileNameStar = name }.ToString();
    }

    /// <summary>The last segment of the name, without control, formatting, path or reserved characters; "document" when nothing is left.</summary>
    public static string SafeName(string? fileName)
    {
        var last = (fileName ?? "").Replace('\\', '/').Split('/')[^1];
        var builder = new StringBuilder(last.Length);
        foreach (var rune in last.EnumerateRunes())
        {
            if (!Rune.IsControl(rune) && Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.Format
                && rune.Value is not (':' or '<' or '>' or '|' or '?' or '*' or '"' or 0xFFFD))
            {
                builder.Append(rune.ToString());
            }
        }

        var name = builder.ToString().Trim().Trim('.');
        return name.Length == 0 ? "document" : name;
    }
}
