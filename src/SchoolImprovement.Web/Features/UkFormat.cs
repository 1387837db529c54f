namespace SchoolImprovement.Web.Features;

/// <summary>UK formats for dates shown to users (dd/MM/yyyy).</summary>
public static class UkFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant as UK wall-clock time (GMT or BST), whatever the server's time zone.</summary>
    public static string DateTime(DateTimeOffset value) =>
        UkClock.ToUk(value).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A UTC date and time (as stored) shown as UK wall-clock time.</summary>
    public static string DateTime(DateTime utc) =>
        DateTime(new DateTimeOffset(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
