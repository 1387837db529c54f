namespace SchoolImprovement.Web.Common;

/// <summary>Page links for a long list.</summary>
public sealed record Pager(int Page, int Pages, Func<int, string> LinkTo);
