namespace SchoolImprovement.Web.Common;

/// <summary>The one-time success notice shown at the top of the next page (the layout reads it). Refusals never use it.</summary>
public static class Notices
{
    public const string Key = "Notice";
}
