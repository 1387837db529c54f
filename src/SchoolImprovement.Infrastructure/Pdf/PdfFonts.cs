using System.Reflection;
using PdfSharp.Fonts;

namespace SchoolImprovement.Infrastructure.Pdf;

/// <summary>
/// The fonts every PDF is drawn with: DejaVu Sans regular and bold, shipped inside this assembly with their licence
/// (Pdf/Fonts, ADR 0002), so that a fresh machine with no font package draws the same PDF. PDFsharp's font resolver is
/// process-wide (<see cref="GlobalFontSettings"/> is static and may be set only once), so <see cref="EnsureInstalled"/>
/// sets it once, under a lock, and every renderer calls it first.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name the layout asks for.</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>The faces the layout needs: face name (as PDFsharp names it) → the shipped file.</summary>
    public static readonly IReadOnlyList<PdfFontFile> Required =
    [
        new("DejaVuSans", "DejaVuSans.ttf", Bold: false),
        new("DejaVuSans-Bold", "DejaVuSans-Bold.ttf", Bold: true),
    ];

    /// <summary>Where the shipped files are: embedded resources named <c>SchoolImprovement.Pdf.Fonts.{file}</c>.</summary>
    public const string ResourcePrefix = "SchoolImprovement.Pdf.Fonts.";

    private static readonly Lock Gate = new();
    private static PdfFontResolver? installed;

    /// <summary>Opens a shipped file (a font or the licence), or null when it is not in the assembly.</summary>
    public static Stream? OpenEmbedded(string file) =>
        typeof(PdfFonts).Assembly.GetManifestResourceStream(ResourcePrefix + file);

    /// <summary>
    /// Reads every required face from <paramref name="open"/> and checks it is a font file. Throws
    /// <see cref="PdfFontMissingException"/> naming the first missing or unreadable face: a PDF is never drawn without it.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Load(Func<string, Stream?> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var faces = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var face in Required)
        {
            using var stream = open(face.File) ?? throw new PdfFontMissingException(face, "is not there");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            if (!LooksLikeTrueType(bytes))
            {
                throw new PdfFontMissingException(face, "is not a TrueType font file");
            }

            faces[face.FaceName] = bytes;
        }

        return faces;
    }

    /// <summary>Installs the shipped fonts as PDFsharp's font resolver, once per process. Safe to call from any thread, any number of times.</summary>
    public static void EnsureInstalled()
    {
        if (Volatile.Read(ref installed) is not null)
        {
            return;
        }

        lock (Gate)
        {
            if (installed is not null)
            {
                return;
            }

            var resolver = new PdfFontResolver(Load(OpenEmbedded));
            if (GlobalFontSettings.FontResolver is { } other && other is not PdfFontResolver)
            {
                throw new InvalidOperationException($"PDFsharp's font resolver is already set to {other.GetType().FullName}; the portal's PDFs need {nameof(PdfFontResolver)} (the shipped DejaVu fonts).");
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = resolver;
            }

            Volatile.Write(ref installed, resolver);
        }
    }

    private static bool LooksLikeTrueType(byte[] bytes) =>
        bytes.Length > 12
        && ((bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0) || (bytes[0] == (byte)'t' && bytes[1] == (byte)'r' && bytes[2] == (byte)'u' && bytes[3] == (byte)'e'));
}

/// <summary>One shipped face: PDFsharp's face name and the file it comes from.</summary>
public sealed record PdfFontFile(string FaceName, string File, bool Bold);

/// <summary>A font the PDFs need is not in the build: the message names it and where it should be.</summary>
public sealed class PdfFontMissingException : Exception
{
    public PdfFontMissingException()
    {
    }

    public PdfFontMissingException(string message)
        : base(message)
    {
    }

    public PdfFontMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal PdfFontMissingException(PdfFontFile face, string problem)
        : base($"The PDF font {face.File} ({PdfFonts.Family}{(face.Bold ? " Bold" : string.Empty)}) {problem}: it must be embedded in "
            + $"{typeof(PdfFonts).Assembly.GetName().Name} as {PdfFonts.ResourcePrefix}{face.File} (src/SchoolImprovement.Infrastructure/Pdf/Fonts). "
            + "No PDF can be drawn without it.")
    {
        Font = face.File;
    }

    /// <summary>The missing file, e.g. "DejaVuSans-Bold.ttf".</summary>
    public string? Font { get; }
}

/// <summary>PDFsharp's font resolver over the shipped faces: any family asked for is DejaVu Sans (bold when asked; italic simulated).</summary>
internal sealed class PdfFontResolver(IReadOnlyDictionary<string, byte[]> faces) : IFontResolver
{
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) =>
        faces.TryGetValue(faceName, out var bytes)
            ? bytes
            : throw new PdfFontMissingException($"The PDF font face {faceName} is not one of the shipped faces ({string.Join(", ", faces.Keys)}).");
}
