using System.Globalization;
using System.Text;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>
/// What a data page shows, as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it
/// holds a comma, a quote, CR or LF, quotes doubled; UTF-8 with a byte-order mark so spreadsheets read
/// school names right). Text cells that a spreadsheet would take for a formula (beginning with = + - @,
/// tab or carriage return) are neutralised with a leading single quote (OWASP CSV injection); numbers
/// are written as numbers, invariant culture, so Progress 8's -0.35 stays -0.35.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>The file's bytes: the header row, then one line per row. Cells: text (string), number (decimal, int, double), or empty (null).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendLine(text, header);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One cell as it is written in the file (neutralised and quoted as needed).</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => Number(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double f => f.ToString("R", CultureInfo.InvariantCulture),
        string s => Quote(Neutralise(s)),
        _ => throw new ArgumentException($"A CSV cell is text or a number, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A decimal without the trailing zeros its column's scale adds (62.00 from PostgreSQL, 62.0 from SQLite): 62, -0.35.</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static void AppendLine(StringBuilder text, IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                text.Append(',');
            }

            text.Append(Cell(cell));
            first = false;
        }

        text.Append("\r\n");
    }

    private static string Neutralise(string text) => text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    private static string Quote(string text) => text.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
