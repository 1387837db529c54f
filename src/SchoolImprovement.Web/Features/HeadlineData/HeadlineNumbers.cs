using System.Globalization;

namespace SchoolImprovement.Web.Features.HeadlineData;

/// <summary>Reads a figure typed in a form or a CSV cell: "61", "61.5", "61.5%", "-0.25"; English number format only.</summary>
public static class HeadlineNumbers
{
    /// <summary>True with the number; false when the text is not a number. Blank is handled by the caller.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        var t = (text ?? "").Trim();
        if (t.EndsWith('%'))
        {
            t = t[..^1].TrimEnd();
        }

        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A figure as typed into a form or written to a file: "61.5", "-0.25", "3".</summary>
    public static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string? Show(decimal? value) => value is { } v ? Show(v) : null;
}
