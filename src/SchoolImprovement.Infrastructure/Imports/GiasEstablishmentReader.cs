using System.Globalization;
using System.Text;
using CsvHelper;
using SchoolImprovement.Domain.Schools;

namespace SchoolImprovement.Infrastructure.Imports;

/// <summary>One establishment row of a GIAS file, with the facts the register keeps and a few shown to help choose.</summary>
public sealed record GiasEstablishment(
    int Line,
    SchoolDetails Details,
    DateOnly? OpenDate,
    string? Trusts,
    string? Postcode,
    string? Headteacher,
    int? StatutoryLowAge,
    int? StatutoryHighAge,
    decimal? PercentageFsm);

/// <summary>Why a line of the file cannot be imported. Line 1 is the header.</summary>
public sealed record GiasProblem(int Line, string Reason);

/// <summary>
/// The outcome of reading a file: either every row (no problems) or every problem (no rows).
/// A file with any bad row imports nothing.
/// </summary>
public sealed record GiasReadResult(IReadOnlyList<GiasEstablishment> Establishments, IReadOnlyList<GiasProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads the establishment CSV downloaded from Get Information About Schools (GIAS). The file is
/// Windows-1252 (a UTF-8 byte order mark, if present, wins). Columns are found by header name,
/// in any order; unknown columns are ignored.
/// </summary>
public static class GiasEstablishmentReader
{
    public const string UrnColumn = "URN";
    public const string NameColumn = "EstablishmentName";
    public const string LocalAuthorityColumn = "LA (name)";
    public const string TypeColumn = "TypeOfEstablishment (name)";
    public const string PhaseColumn = "PhaseOfEducation (name)";
    public const string LowAgeColumn = "StatutoryLowAge";
    public const string HighAgeColumn = "StatutoryHighAge";
    public const string ReligiousCharacterColumn = "ReligiousCharacter (name)";
    public const string DioceseColumn = "Diocese (name)";
    public const string TrustsColumn = "Trusts (name)";
    public const string PupilsColumn = "NumberOfPupils";
    public const string FsmColumn = "PercentageFSM";
    public const string PostcodeColumn = "Postcode";
    public const string OpenDateColumn = "OpenDate";
    public const string HeadFirstNameColumn = "HeadFirstName";
    public const string HeadLastNameColumn = "HeadLastName";

    /// <summary>Columns without which a school cannot be made; the others may be absent.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = [UrnColumn, NameColumn, LocalAuthorityColumn, TypeColumn, PhaseColumn];

    private static readonly string[] DateFormats = ["dd-MM-yyyy", "dd/MM/yyyy", "d-M-yyyy", "d/M/yyyy"];

    /// <summary>GIAS words for "no religious character" or "no diocese".</summary>
    private static readonly string[] NoneValues = ["Does not apply", "None", "Not applicable", "Not applicable / None"];

    private static readonly Encoding Windows1252 = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>How many establishments one file may hold unless configured otherwise (a trust's file has tens; the all-England extract has tens of thousands).</summary>
    public const int DefaultMaxRows = 5000;

    /// <summary>
    /// Reads the whole file. <paramref name="today"/> is the date joined of rows without an open date.
    /// A file with more than <paramref name="maxRows"/> establishments is refused as a whole (line 0), read no further.
    /// </summary>
    public static GiasReadResult Read(Stream stream, DateOnly today, int maxRows = DefaultMaxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamReader(stream, Windows1252, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var malformedLines = new HashSet<long>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MaxRecordSize = 64 * 1024,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => malformedLines.Add(record.LineNumber),
        };
        using var reader = CsvReader.Create(text, options, leaveOpen: true);
        try
        {
            return ReadRecords(reader, malformedLines, today, maxRows);
        }
        catch (CsvFormatException e)
        {
            return Refused(new GiasProblem(LineOf(reader), "the file could not be read as CSV: " + e.Message.Split('\n')[0].Trim()));
        }
    }

    private static int LineOf(CsvReader reader) => (int)Math.Max(1, reader.LineNumber);

    private static GiasReadResult ReadRecords(CsvReader reader, HashSet<long> malformedLines, DateOnly today, int maxRows)
    {
        var header = reader.Headers;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            return Refused(new GiasProblem(1, "the file is empty: it needs a header row and at least one establishment"));
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return Refused([.. missing.Select(c => new GiasProblem(1, $"the required column \"{c}\" is missing"))]);
        }

        var rows = new List<GiasEstablishment>();
        var problems = new List<GiasProblem>();
        var firstLineOfUrn = new Dictionary<int, int>();
        var establishments = 0;
        while (reader.Read())
        {
            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = reader.GetString(i) ?? "";
            }

            var line = LineOf(reader);
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++establishments > maxRows)
            {
                return Refused(new GiasProblem(0, TooManyRows(maxRows)));
            }

            var row = new RowReader(record, columns, line);
            if (malformedLines.Contains(reader.LineNumber))
            {
                row.Problem("it has a stray or unbalanced quote mark (\")");
            }

            var establishment = row.Read(today);
            if (establishment is not null)
            {
                if (firstLineOfUrn.TryGetValue(establishment.Details.Urn, out var first))
                {
                    row.Problem($"URN {establishment.Details.Urn} appears more than once in the file (first on line {first})");
                }
                else
                {
                    firstLineOfUrn.Add(establishment.Details.Urn, line);
                }
            }

            if (row.Problems.Count > 0)
            {
                problems.AddRange(row.Problems);
            }
            else if (establishment is not null)
            {
                rows.Add(establishment);
            }
        }

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(new GiasProblem(2, "the file has a header but no establishments"));
        }

        return problems.Count > 0 ? Refused([.. problems]) : new GiasReadResult(rows, []);
    }

    /// <summary>The refusal of a file over the cap: nothing is imported.</summary>
    public static string TooManyRows(int maxRows) =>
        $"The file has more than {maxRows.ToString("N0", CultureInfo.InvariantCulture)} establishments, the most one import takes. Nothing has been imported. Download only your trust's establishments from GIAS, not the whole register.";

    private static GiasReadResult Refused(params GiasProblem[] problems) => new([], problems);

    /// <summary>Reads the fields of one row, noting every problem rather than stopping at the first.</summary>
    private sealed class RowReader(string[] record, Dictionary<string, int> columns, int line)
    {
        public List<GiasProblem> Problems { get; } = [];

        public void Problem(string reason) => Problems.Add(new GiasProblem(line, reason));

        public GiasEstablishment? Read(DateOnly today)
        {
            var urnText = Field(UrnColumn);
            int? urn = null;
            if (urnText.Length == 0)
            {
                Problem("the URN is missing");
            }
            else if (!int.TryParse(urnText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                     || parsed is < SchoolDetails.LowestUrn or > SchoolDetails.HighestUrn)
            {
                Problem($"the URN \"{urnText}\" is not a six-digit number");
            }
            else
            {
                urn = parsed;
            }

            var name = Required(NameColumn, "the establishment name is missing", 200);
            var localAuthority = Required(LocalAuthorityColumn, "the local authority (LA (name)) is missing", 100);
            var type = Required(TypeColumn, "the type of establishment is missing", 150);
            var phase = Required(PhaseColumn, "the phase of education is missing", 100);
            var religiousCharacter = Optional(ReligiousCharacterColumn, 100);
            var diocese = Optional(DioceseColumn, 100);
            var pupils = Whole(PupilsColumn, "number of pupils");
            var lowAge = Whole(LowAgeColumn, "statutory low age");
            var highAge = Whole(HighAgeColumn, "statutory high age");
            var fsm = Decimal(FsmColumn, "percentage FSM");
            var openDate = Date(OpenDateColumn, "open date");
            var head = string.Join(' ', new[] { Field(HeadFirstNameColumn), Field(HeadLastNameColumn) }.Where(p => p.Length > 0));

            if (Problems.Count > 0 || urn is null)
            {
                return null;
            }

            var details = new SchoolDetails(urn.Value, name, phase, type, localAuthority, religiousCharacter, diocese, pupils, openDate ?? today);
            foreach (var problem in details.Problems())
            {
                Problem(problem);
            }

            return new GiasEstablishment(line, details, openDate, NullIfEmpty(Field(TrustsColumn)), NullIfEmpty(Field(PostcodeColumn)),
                NullIfEmpty(head), lowAge, highAge, fsm);
        }

        private string Field(string column) =>
            columns.TryGetValue(column, out var index) && index < record.Length ? record[index].Trim() : "";

        private string Required(string column, string missing, int maxLength)
        {
            var value = Field(column);
            if (value.Length == 0)
            {
                Problem(missing);
            }
            else if (value.Length > maxLength)
            {
                Problem($"the {column} is longer than {maxLength} characters");
            }

            return value;
        }

        private string? Optional(string column, int maxLength)
        {
            var value = Field(column);
            if (value.Length > maxLength)
            {
                Problem($"the {column} is longer than {maxLength} characters");
            }

            return value.Length == 0 || NoneValues.Contains(value, StringComparer.OrdinalIgnoreCase) ? null : value;
        }

        private int? Whole(string column, string label)
        {
            var value = Field(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Problem($"the {label} \"{value}\" is not a whole number");
            return null;
        }

        private decimal? Decimal(string column, string label)
        {
            var value = Field(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number <= 100)
            {
                return number;
            }

            Problem($"the {label} \"{value}\" is not a percentage");
            return null;
        }

        private DateOnly? Date(string column, string label)
        {
            var value = Field(column);
            if (value.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Problem($"the {label} \"{value}\" is not a date like 01-09-2015 or 01/09/2015");
            return null;
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
