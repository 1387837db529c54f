namespace SchoolImprovement.Web.Features;

/// <summary>UK formats for dates shown to users (dd/MM/yyyy).</summary>
public static class UkFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) =>
        value.ToLocalTime().ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
