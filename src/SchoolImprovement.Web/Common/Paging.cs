namespace SchoolImprovement.Web.Common;

/// <summary>Page arithmetic for long lists, shared by every paged query.</summary>
public static class Paging
{
    public static int Pages(int total, int pageSize) => Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));

    /// <summary>The requested page, kept between the first and the last.</summary>
    public static int Clamp(int requested, int total, int pageSize) => Math.Clamp(requested, 1, Pages(total, pageSize));
}
