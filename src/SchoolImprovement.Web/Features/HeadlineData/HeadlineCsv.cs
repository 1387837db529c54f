using System.Globalization;
using System.Text;
using CsvHelper;
using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>One data line of an import file, read as text (checked by <see cref="HeadlineImportHandler"/>).</summary>
public sealed record HeadlineCsvRow(int Line, string Year, string Term, string Measure, string Group, string Value, string Target, string Source);

/// <summary>Why a line of the file cannot be imported (line 1 is the header; 0 is the file as a whole).</summary>
public sealed record HeadlineCsvProblem(int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"Line {Line}: {Reason}" : Reason;
}

/// <summary>
/// The headline data CSV: columns Year (2025/26), Term (blank, Autumn, Spring, Summer), Measure (key),
/// Group (All, Disadvantaged, SEND), Value, Target, Source. Read as UTF-8 (with or without a byte order
/// mark), else as Windows-1252 (Excel's "CSV" on Windows); columns found by header name in any order.
/// </summary>
public static class HeadlineCsv
{
    public static readonly IReadOnlyList<string> Columns = ["Year", "Term", "Measure", "Group", "Value", "Target", "Source"];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>The file's text: UTF-8 when it is valid UTF-8 (a byte order mark is dropped), else Windows-1252.</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Reads every data line, or the problems that stop the file being read at all (a missing column, too many rows, not CSV).</summary>
    public static (IReadOnlyList<HeadlineCsvRow> Rows, IReadOnlyList<HeadlineCsvProblem> Problems) Read(string text, int maxRows)
    {
        var malformed = new HashSet<long>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MaxRecordSize = 16 * 1024,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => malformed.Add(record.LineNumber),
        };
        using var reader = CsvReader.Create(new StringReader(text), options);
        try
        {
            var header = reader.Headers;
            if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
            {
                return ([], [new(1, "the file is empty: it needs the header row (download the template) and at least one row")]);
            }

            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i].Trim(), i);
            }

            var missing = Columns.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                return ([], [new(1, $"this is not a headline data file: the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(c => $"\"{c}\""))} {(missing.Count > 1 ? "are" : "is")} missing. Download the template and fill it in.")]);
            }

            var rows = new List<HeadlineCsvRow>();
            var problems = new List<HeadlineCsvProblem>();
            while (reader.Read())
            {
                string Field(string column) => columns[column] < reader.FieldCount ? (reader.GetString(columns[column]) ?? "").Trim() : "";
                var line = (int)Math.Max(2, reader.LineNumber);
                if (Enumerable.Range(0, reader.FieldCount).All(i => string.IsNullOrWhiteSpace(reader.GetString(i))))
                {
                    continue;
                }

                if (rows.Count + problems.Count >= maxRows)
                {
                    return ([], [new(0, $"The file has more than {maxRows.ToString("N0", CultureInfo.InvariantCulture)} rows, the most one import takes. Nothing has been imported.")]);
                }

                if (malformed.Contains(reader.LineNumber))
                {
                    problems.Add(new(line, "it has a stray or unbalanced quote mark (\")"));
                    continue;
                }

                rows.Add(new HeadlineCsvRow(line, Field("Year"), Field("Term"), Field("Measure"), Field("Group"), Field("Value"), Field("Target"), Field("Source")));
            }

            return (rows, problems);
        }
        catch (CsvFormatException e)
        {
            return ([], [new((int)Math.Max(1, reader.LineNumber), "the file could not be read as CSV: " + e.Message.Split('\n')[0].Trim())]);
        }
    }

    /// <summary>A CSV cell, quoted when needed; a cell a spreadsheet would run as a formula (= + - @ first) is neutralised, except a number such as -0.25.</summary>
    public static string Cell(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && "=+-@\t\r".Contains(v[0], StringComparison.Ordinal) && !HeadlineNumbers.TryParse(v, out _))
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;
    }

    public static string Line(params IEnumerable<string?> cells) => string.Join(",", cells.Select(Cell));

    /// <summary>The label a file uses for a source: "Teacher assessment", "Standardised test", "Statutory result".</summary>
    public static string SourceName(DataSource source) => source.Label();
}
