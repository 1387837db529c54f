using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Concerns;

/// <summary>
/// External support for a school causing concern (consultants, leaders from elsewhere), which "must be agreed in
/// advance with the CEO" (DDAT §5): a request with its purpose, provider and cost, approved or declined once.
/// Each step is also kept in the case's history.
/// </summary>
public sealed class ExternalSupportRequest : ITrustOwned, IVersioned
{
    public const int PurposeLength = 4000;
    public const int ProviderLength = 200;
    public const int NotesLength = 4000;

    /// <summary>Costs are entered in pounds, up to this (a guard against typing errors, not a policy limit).</summary>
    public const decimal MaximumCost = 10_000_000m;

    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid ConcernCaseId { get; private set; }
    public Guid SchoolId { get; private set; }
    public string Purpose { get; private set; } = "";
    public string? Provider { get; private set; }
    public decimal Cost { get; private set; }
    public ExternalSupportStatus Status { get; private set; }
    public Guid RequestedBy { get; private set; }

    /// <summary>UTC. A <see cref="DateTime"/> so that SQLite can order by it.</summary>
    public DateTime RequestedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionNotes { get; private set; }

    private ExternalSupportRequest() { }

    /// <summary>Asks the CEO to agree external support. Refused unless the case's school is designated, and without a purpose or a cost.</summary>
    public static ExternalSupportRequest Request(ConcernCase concern, string? purpose, string? provider, decimal? cost, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(concern);
        if (!concern.IsDesignated)
        {
            throw new DomainException("External support is agreed for a school causing concern: this school is not designated.");
        }

        var problems = new List<string>();
        var purposeText = ConcernCase.Text(purpose, "Give the purpose of the external support.", problems, PurposeLength);
        var providerText = ConcernCase.Text(provider, null, problems, ProviderLength);
        if (cost is null)
        {
            problems.Add("Give the cost of the external support.");
        }
        else if (cost < 0 || cost > MaximumCost)
        {
            problems.Add($"The cost must be between £0 and £{MaximumCost:N0}.");
        }
        else if (decimal.Round(cost.Value, 2) != cost.Value)
        {
            problems.Add("The cost is in pounds and pence (at most two decimal places).");
        }

        ConcernCase.Throw(problems);
        var request = new ExternalSupportRequest
        {
            Id = Guid.CreateVersion7(at),
            ConcernCaseId = concern.Id,
            SchoolId = concern.SchoolId,
            Purpose = purposeText!,
            Provider = providerText,
            Cost = cost!.Value,
            Status = ExternalSupportStatus.Requested,
            RequestedBy = by,
            RequestedAt = at.UtcDateTime,
        };
        concern.Record(ConcernEventKind.ExternalSupportRequested, by, at, request.Summary);
        return request;
    }

    /// <summary>The CEO approves or declines the request, once; declining needs notes.</summary>
    public void Decide(ConcernCase concern, bool approved, string? notes, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(concern);
        if (concern.Id != ConcernCaseId)
        {
            throw new InvalidOperationException("The case is not the request's.");
        }

        if (Status != ExternalSupportStatus.Requested)
        {
            throw new DomainException($"This request has already been {Status.Label().ToLowerInvariant()}.");
        }

        var problems = new List<string>();
        var text = ConcernCase.Text(notes, approved ? null : "Give the reasons for declining the external support.", problems, NotesLength);
        ConcernCase.Throw(problems);
        Status = approved ? ExternalSupportStatus.Approved : ExternalSupportStatus.Declined;
        DecidedBy = by;
        DecidedAt = at.UtcDateTime;
        DecisionNotes = text;
        concern.Record(approved ? ConcernEventKind.ExternalSupportApproved : ConcernEventKind.ExternalSupportDeclined, by, at, text is null ? Summary : $"{Summary}: {text}");
    }

    private string Summary => $"{Purpose} ({(Provider is null ? "" : Provider + ", ")}£{Cost:N2})";
}

public enum ExternalSupportStatus
{
    Requested = 1,
    Approved = 2,
    Declined = 3,
}

public static class ExternalSupportStatuses
{
    public static string Label(this ExternalSupportStatus status) => status switch
    {
        ExternalSupportStatus.Requested => "Awaiting the CEO",
        ExternalSupportStatus.Approved => "Approved",
        ExternalSupportStatus.Declined => "Declined",
        _ => status.ToString(),
    };
}
