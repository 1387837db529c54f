using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// Serves a stored document from an authorised action, always as a download: <c>Content-Disposition: attachment</c>
/// with an ASCII-only <c>filename</c> and the real name as UTF-8 in <c>filename*</c> (RFC 6266), both built by
/// <see cref="ContentDispositionHeaderValue"/> from a name cleaned of path and control characters; the content type
/// only from the allow-list (<see cref="DocumentKinds"/>), otherwise <c>application/octet-stream</c>; and
/// <c>X-Content-Type-Options: nosniff</c>, so a browser never renders an upload as a page.
/// </summary>
/// <example><c>return DocumentDownload.File(Response, stream, file.OriginalName, file.ContentType);</c></example>
public static class DocumentDownload
{
    public static FileStreamResult File(HttpResponse response, Stream content, string fileName, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(content);
        response.Headers[HeaderNames.ContentDisposition] = ContentDisposition(fileName);
        response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content, DocumentKinds.ServedContentType(contentType));
    }

    /// <summary>The header's value for <paramref name="fileName"/>: <c>attachment; filename="…"; filename*=UTF-8''…</c>.</summary>
    public static string ContentDisposition(string? fileName)
    {
        var name = Clean(fileName);
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = Quoted(Ascii(name)),
            FileNameStar = name,
        };
        return disposition.ToString();
    }

    /// <summary>The name without any path, control or formatting character, or "document" when nothing is left.</summary>
    private static string Clean(string? fileName)
    {
        var builder = new StringBuilder();
        foreach (var rune in (Path.GetFileName((fileName ?? "").Replace('\\', '/')) ?? "").EnumerateRunes())
        {
            if (!Rune.IsControl(rune) && Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.Format && rune.Value != 0xFFFD)
            {
                builder.Append(rune.ToString());
            }
        }

        var name = builder.ToString().Trim().Trim('.');
        return name.Length == 0 ? "document" : name;
    }

    /// <summary>Printable ASCII only, without quotes, backslashes or separators a header parser could trip on.</summary>
    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c is >= ' ' and <= '~' and not ('"' or '\\' or ';' or ',' or '%' or '*') ? c : '_');
        }

        return builder.ToString();
    }

    private static string Quoted(string ascii) => "\"" + ascii + "\"";
}
