namespace SchoolImprovement.Web.Features.Errors;

/// <summary>The page model of every error page: the status, the reference to quote, and any reasons a request was refused.</summary>
public sealed record ErrorPage(int Status, string CorrelationId, IReadOnlyList<string> Problems)
{
    public ErrorPage(int status, string correlationId)
        : this(status, correlationId, [])
    {
    }
}
