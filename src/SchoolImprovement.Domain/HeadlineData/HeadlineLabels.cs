namespace SchoolImprovement.Domain.HeadlineData;

/// <summary>The words pages and files use for groups, sources, states and terms.</summary>
public static class HeadlineLabels
{
    public static string Label(this PupilGroup group) => group switch
    {
        PupilGroup.All => "All pupils",
        PupilGroup.Disadvantaged => "Disadvantaged",
        PupilGroup.Send => "SEND",
        _ => group.ToString(),
    };

    /// <summary>The name a CSV file uses: All, Disadvantaged, SEND.</summary>
    public static string FileName(this PupilGroup group) => group switch
    {
        PupilGroup.All => "All",
        PupilGroup.Send => "SEND",
        _ => group.ToString(),
    };

    public static string Label(this DataSource source) => source switch
    {
        DataSource.TeacherAssessment => "Teacher assessment",
        DataSource.StandardisedTest => "Standardised test",
        DataSource.StatutoryResult => "Statutory result",
        _ => source.ToString(),
    };

    public static string Label(this DataState state) => state switch
    {
        DataState.Submitted => "Submitted",
        DataState.Validated => "Validated",
        _ => state.ToString(),
    };

    /// <summary>"Autumn", "Spring", "Summer"; "" for the whole year.</summary>
    public static string TermName(int termNumber) => termNumber switch
    {
        1 => "Autumn",
        2 => "Spring",
        3 => "Summer",
        _ => "",
    };

    /// <summary>"2024/25" for 2024.</summary>
    public static string YearName(int year) => $"{year}/{(year + 1) % 100:00}";

    /// <summary>Reads "2024/25" (or "2024-25", "2024") as 2024; null when it is not a year.</summary>
    public static int? ParseYear(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return null;
        }

        var parts = t.Split('/', '-');
        if (parts.Length > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) || start < 1000 || start > 9999)
        {
            return null;
        }

        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var end)
                || (parts[1].Length == 2 ? end != (start + 1) % 100 : end != start + 1))
            {
                return null;
            }
        }

        return start;
    }

    /// <summary>Reads Autumn/Spring/Summer (any case) as 1-3 and blank as 0; null otherwise.</summary>
    public static int? ParseTerm(string? text) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "" => HeadlineValue.WholeYear,
        "AUTUMN" => 1,
        "SPRING" => 2,
        "SUMMER" => 3,
        _ => null,
    };

    /// <summary>Reads All / Disadvantaged (or Pupil Premium, PP) / SEND (any case); null otherwise.</summary>
    public static PupilGroup? ParseGroup(string? text) => (text ?? "").Trim().ToUpperInvariant() switch
    {
        "ALL" or "ALL PUPILS" => PupilGroup.All,
        "DISADVANTAGED" or "PUPIL PREMIUM" or "PP" => PupilGroup.Disadvantaged,
        "SEND" => PupilGroup.Send,
        _ => null,
    };

    /// <summary>Reads a source by its label or name (any case, spaces ignored); null otherwise.</summary>
    public static DataSource? ParseSource(string? text) => (text ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant() switch
    {
        "TEACHERASSESSMENT" or "TA" => DataSource.TeacherAssessment,
        "STANDARDISEDTEST" or "STANDARDIZEDTEST" => DataSource.StandardisedTest,
        "STATUTORYRESULT" or "STATUTORY" => DataSource.StatutoryResult,
        _ => null,
    };
}
