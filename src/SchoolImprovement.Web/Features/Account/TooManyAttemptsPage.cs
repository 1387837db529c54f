namespace SchoolImprovement.Web.Features.Account;

/// <summary>The 429 page (<see cref="Security.Throttling"/>): how long to wait, and the reference to quote.</summary>
public sealed record TooManyAttemptsPage(int RetryAfterSeconds, string CorrelationId)
{
    public const string View = "~/Features/Account/TooManyAttempts.cshtml";

    /// <summary>"1 minute", "2 minutes", "30 seconds": the wait in words, rounded up.</summary>
    public string Wait => RetryAfterSeconds < 60 ? Count(RetryAfterSeconds, "second") : Count((RetryAfterSeconds + 59) / 60, "minute");

    private static string Count(int n, string unit) => n == 1 ? "1 " + unit : $"{n} {unit}s";
}
