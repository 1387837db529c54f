namespace SchoolImprovement.Web.Common;

/// <summary>Page arithmetic for long lists, shared by every paged query.</summary>
public static class Paging
{
    public static int Pages(int total, int pageSize) => Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));

    /// <summary>The requested page, kept between the first and the last.</summary>
    public static int Clamp(int requested, int total, int pageSize) => Math.Clamp(requested, 1, Pages(total, pageSize));

    /// <summary>A LIKE pattern that finds <paramref name="term"/> anywhere, with the user's <c>%</c>, <c>_</c> and <c>\</c> taken literally (use with escape character <see cref="LikeEscape"/>).</summary>
    public static string Contains(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "%" + term.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal) + "%";
    }

    public const string LikeEscape = "\\";
}
