using System.Globalization;

namespace SchoolImprovement.Web.Features.Committee;

/// <summary>How the committee pages and pack files name dates, editions and files.</summary>
public static class PackFormat
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public const string DraftLabel = "Draft, not for circulation";

    /// <summary>"18 November 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    /// <summary>A stored UTC instant as its UK date, "18 November 2026".</summary>
    public static string Date(DateTime utc) => Date(UkClock.UkDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))));

    /// <summary>"Version 2, published 3 December 2026": the edition a published pack's cover and footer show.</summary>
    public static string Edition(int number, DateTime publishedAtUtc) => $"Version {number.ToString(CultureInfo.InvariantCulture)}, published {Date(publishedAtUtc)}";

    /// <summary>"committee-pack-2026-11-18-v2.pdf", or "…-draft.pdf" for the live draft.</summary>
    public static string FileName(DateOnly meetingOn, int? number) =>
        $"committee-pack-{meetingOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{(number is { } n ? "v" + n.ToString(CultureInfo.InvariantCulture) : "draft")}.pdf";

    /// <summary>A chart value with its unit ("61.5%", "103.2 points"), or "none" when missing.</summary>
    public static string Value(decimal? value, string unit) =>
        value is not { } v ? "none" : unit == "%" ? $"{v.ToString("0.#", CultureInfo.InvariantCulture)}%" : $"{v.ToString("0.#", CultureInfo.InvariantCulture)} {unit}";

    /// <summary>The top of a chart's scale: 100 for percentages, else the largest value shown (at least 1).</summary>
    public static decimal ScaleTop(PackChartScale chart) => chart.Unit == "%" ? 100m : Math.Max(1m, chart.Largest);

    /// <summary>The id a section's heading is linked by ("section-trustsummary").</summary>
    public static string Anchor(Domain.Committee.PackSectionKind kind) => "section-" + kind.ToString().ToLowerInvariant();
}

/// <summary>What a chart's bars are drawn against.</summary>
public sealed record PackChartScale(string Unit, decimal Largest)
{
    public static PackChartScale Of(Domain.Committee.PackChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new(chart.Unit, chart.Bars.SelectMany(b => new[] { b.Value, b.National, b.Target }).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0m).Max());
    }
}
