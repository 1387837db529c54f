using System.Globalization;
using SchoolImprovement.Domain.HeadlineData;

namespace SchoolImprovement.Web.Features.DataDashboards;

/// <summary>
/// The "broadly in line" tolerances, per unit, from configuration (DataDashboards:Tolerances:Percentage,
/// :Score, :Count, and :Measures:&lt;key&gt; for one measure), defaulting to <see cref="ComparisonTolerances.Default"/>.
/// </summary>
public static class DataDashboardSettings
{
    public static ComparisonTolerances Tolerances(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("DataDashboards:Tolerances");
        var defaults = ComparisonTolerances.Default;
        var byMeasure = new Dictionary<string, decimal>(defaults.ByMeasure, StringComparer.Ordinal);
        foreach (var measure in section.GetSection("Measures").GetChildren())
        {
            byMeasure[measure.Key] = decimal.Parse(measure.Value ?? "0", CultureInfo.InvariantCulture);
        }

        return new ComparisonTolerances(
            Number(section, "Percentage") ?? defaults.Percentage,
            Number(section, "Score") ?? defaults.Score,
            Number(section, "Count") ?? defaults.Count,
            byMeasure);
    }

    private static decimal? Number(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;
}
