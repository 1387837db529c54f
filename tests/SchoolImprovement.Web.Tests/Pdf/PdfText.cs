using System.Diagnostics;

namespace SchoolImprovement.Web.Tests.Pdf;

/// <summary>Text of a PDF as Debian's poppler-utils pdftotext extracts it (whole document or one page), for the PDF tests.</summary>
public static class PdfText
{
    private const string Tool = "pdftotext";

    /// <summary>Skips the calling [SkippableFact] when pdftotext is not installed (scripts/test.sh installs poppler-utils as root).</summary>
    public static void SkipUnlessInstalled() =>
        Skip.IfNot(Installed.Value, "pdftotext is not installed (Debian package poppler-utils; scripts/test.sh installs it as root).");

    private static readonly Lazy<bool> Installed = new(() =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(d => File.Exists(Path.Combine(d, Tool))) == true);

    public static string Of(byte[] pdf, int? page = null) => Run(pdf, page, bbox: false);

    /// <summary>The text in the order it is drawn (<c>pdftotext -raw</c>): a table cell wrapped onto two lines stays together.</summary>
    public static string Raw(byte[] pdf) => Run(pdf, null, bbox: false, raw: true);

    /// <summary>The font table <c>pdffonts</c> (poppler-utils) prints.</summary>
    public static string Fonts(byte[] pdf) => Run(pdf, null, bbox: false, tool: "pdffonts");

    /// <summary>Every word with its box (points from the page's top left), from <c>pdftotext -bbox</c>.</summary>
    public static IReadOnlyList<PdfWord> Words(byte[] pdf)
    {
        var words = new List<PdfWord>();
        var page = 0;
        foreach (var line in Run(pdf, null, bbox: true).Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
                continue;
            }

            var match = WordPattern.Match(line);
            if (match.Success)
            {
                double D(int group) => double.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, D(1), D(2), D(3), D(4), System.Net.WebUtility.HtmlDecode(match.Groups[5].Value)));
            }
        }

        return words;
    }

    private static readonly System.Text.RegularExpressions.Regex WordPattern =
        new("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*)</word>", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Run(byte[] pdf, int? page, bool bbox, string tool = Tool, bool raw = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pdftext-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (page is { } p)
            {
                start.ArgumentList.Add("-f");
                start.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
                start.ArgumentList.Add("-l");
                start.ArgumentList.Add(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (bbox)
            {
                start.ArgumentList.Add("-bbox");
            }

            if (raw)
            {
                start.ArgumentList.Add("-raw");
            }

            if (tool == Tool)
            {
                start.ArgumentList.Add("-enc");
                start.ArgumentList.Add("UTF-8");
            }

            start.ArgumentList.Add(file);
            if (tool == Tool)
            {
                start.ArgumentList.Add("-");
            }
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {errors}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Every page's text, page 1 first.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        // pdftotext ends every page with a form feed.
        var pages = Of(pdf).Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>Text with line breaks and runs of spaces made single spaces, so wrapped phrases can be found.</summary>
    public static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A word pdftotext found, with its page (1-based) and box.</summary>
public sealed record PdfWord(int Page, double XMin, double YMin, double XMax, double YMax, string Text);
