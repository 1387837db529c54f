using System.Globalization;
using System.Text;

namespace SchoolImprovement.Web.Uploads;

/// <summary>
/// The rules for an uploaded file's name. A name with a path character (<c>/</c>, <c>\</c>, <c>..</c>), a control
/// character or an invisible formatting character (category Cf: bidirectional overrides, zero-width characters), or
/// only dots and spaces, is refused with the reason rather than repaired: such a name is either an attack or a mistake
/// the person should see. Otherwise <see cref="NameCheck.SafeName"/> keeps letters, digits, spaces, <c>-</c>, <c>_</c>
/// and <c>.</c>, turns anything else into <c>_</c>, and is at most <see cref="MaxLength"/> characters, ending with the
/// lower-case extension. The extension is the last one: <c>report.pdf.exe</c> is an .exe.
/// </summary>
internal static class UploadNames
{
    public const int MaxLength = 120;

    public const string BadCharacters =
        "The file's name contains characters that are not allowed: a slash (/ or \\), \"..\", or an invisible control character. Rename the file and upload it again.";

    public const string NoName = "The file has no usable name. Rename it (for example \"SEF Autumn 2025.pdf\") and upload it again.";

    public static NameCheck Check(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return NameCheck.Refused(NoName);
        }

        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || fileName.Contains("..", StringComparison.Ordinal)
            || !IsPlainText(fileName))
        {
            return NameCheck.Refused(BadCharacters);
        }

        var name = fileName.Normalize(NormalizationForm.FormC).Trim();
        if (name.All(c => c is '.' or ' '))
        {
            return NameCheck.Refused(NoName);
        }

        var dot = name.LastIndexOf('.');
        var extension = dot < 0 ? "" : name[(dot + 1)..].Trim().ToLowerInvariant();
        var stem = dot < 0 ? name : name[..dot];
        return new NameCheck(null, extension, SafeName(stem, extension));
    }

    /// <summary>False for control characters, invisible formatting characters (category Cf), U+FFFD and broken UTF-16.</summary>
    private static bool IsPlainText(string name)
    {
        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != System.Buffers.OperationStatus.Done
                || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value == 0xFFFD)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static string SafeName(string stem, string extension)
    {
        var kept = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            var allowed = char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.';
            var next = allowed ? (char.IsWhiteSpace(c) ? ' ' : c) : '_';
            // One space or underscore where several would stand, so "a   b" reads as "a b".
            if (kept.Length > 0 && (next is ' ' or '_') && kept[^1] == next)
            {
                continue;
            }

            kept.Append(next);
        }

        var suffix = extension.Length == 0 ? "" : "." + extension;
        var safeStem = kept.ToString().Trim(' ', '.', '_', '-');
        if (safeStem.Length == 0)
        {
            safeStem = "document";
        }

        var room = MaxLength - suffix.Length;
        if (safeStem.Length > room)
        {
            // Only letters of the Basic Multilingual Plane are kept, so no surrogate pair can be cut in two.
            safeStem = safeStem[..room].TrimEnd(' ', '.', '_', '-');
        }

        return safeStem + suffix;
    }
}

internal sealed record NameCheck(string? Refusal, string Extension, string SafeName)
{
    public static NameCheck Refused(string reason) => new(reason, "", "");
}
