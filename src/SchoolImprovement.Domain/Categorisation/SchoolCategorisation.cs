using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Categorisation;

/// <summary>
/// A categorisation of one school (Vine policy §3: "School improvement leaders will work with the
/// director of learning to categorise schools"). The linked officer proposes a category with a
/// judgement and notes for each evidence source; the Director of Learning confirms it or returns
/// it with a reason, and can never confirm their own proposal. Every record is kept for ever: a
/// returned proposal stays returned, and the officer proposes again.
/// </summary>
public sealed class SchoolCategorisation : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }
    public string Category { get; private set; } = "";
    public string Rationale { get; private set; } = "";
    public IReadOnlyList<EvidenceJudgement> Evidence { get; private set; } = [];
    public CategorisationStatus Status { get; private set; }
    public Guid ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? ReturnReason { get; private set; }

    /// <summary>
    /// The actions the officer plans for the confirmed category, edited before confirmation; null
    /// means the category's standard responses as the trust's profile gives them.
    /// </summary>
    public IReadOnlyList<string>? PlannedActions { get; private set; }

    private SchoolCategorisation() { }

    /// <summary>
    /// Proposes a category. Refuses a category the trust's scheme does not have, and missing
    /// evidence: every source the trust's profile requires needs a judgement (one of the scheme's
    /// categories) and notes; other sources may be left out, but if given must be complete.
    /// </summary>
    public static SchoolCategorisation Propose(
        Guid schoolId, string category, string rationale, IReadOnlyList<EvidenceJudgement> evidence,
        IReadOnlyList<CategoryDefinition> scheme, Guid proposedBy, DateTimeOffset at, IReadOnlyList<EvidenceSource>? requiredSources = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(scheme);
        var required = requiredSources ?? EvidenceSources.All;
        var problems = new List<string>();
        var known = scheme.FirstOrDefault(c => c.Name.Equals(category?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            problems.Add($"Choose one of the trust's categories: {string.Join(", ", scheme.Select(c => c.Name))}.");
        }

        if (string.IsNullOrWhiteSpace(rationale))
        {
            problems.Add("Give the rationale for the category.");
        }

        foreach (var source in EvidenceSources.All)
        {
            var given = evidence.FirstOrDefault(e => e.Source == source);
            var blank = given is null || (string.IsNullOrWhiteSpace(given.Judgement) && string.IsNullOrWhiteSpace(given.Notes));
            if (blank && !required.Contains(source))
            {
                continue;
            }

            if (given is null || string.IsNullOrWhiteSpace(given.Judgement) || string.IsNullOrWhiteSpace(given.Notes))
            {
                problems.Add($"Give a judgement and notes for {source.Label()}.");
            }
            else if (!scheme.Any(c => c.Name.Equals(given.Judgement.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"The judgement for {source.Label()} must be one of the trust's categories.");
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        return new SchoolCategorisation
        {
            Id = Guid.CreateVersion7(at),
            SchoolId = schoolId,
            Category = known!.Name,
            Rationale = rationale.Trim(),
            Evidence = [.. EvidenceSources.All
                .Select(s => evidence.FirstOrDefault(e => e.Source == s))
                .Where(e => e is not null && !string.IsNullOrWhiteSpace(e.Judgement))
                .Select(e => e! with { Judgement = scheme.First(c => c.Name.Equals(e.Judgement.Trim(), StringComparison.OrdinalIgnoreCase)).Name, Notes = e.Notes.Trim() })],
            Status = CategorisationStatus.Proposed,
            ProposedBy = proposedBy,
            ProposedAt = at,
        };
    }

    /// <summary>
    /// Tailors the action plan before confirmation (Vine §3: the responses are "examples and other
    /// actions may be taken where required"). Blank lines are dropped.
    /// </summary>
    public void PlanActions(IEnumerable<string> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        RequireProposed();
        PlannedActions = [.. actions.Select(a => a.Trim()).Where(a => a.Length > 0)];
    }

    /// <summary>Confirms the proposal. The proposer cannot confirm their own proposal.</summary>
    public void Confirm(Guid decidedBy, DateTimeOffset at)
    {
        RequireProposed();
        if (decidedBy == ProposedBy)
        {
            throw new DomainException("You proposed this category, so someone else must confirm it.");
        }

        Status = CategorisationStatus.Confirmed;
        DecidedBy = decidedBy;
        DecidedAt = at;
    }

    /// <summary>Returns the proposal to the officer with a reason.</summary>
    public void Return(Guid decidedBy, string reason, DateTimeOffset at)
    {
        RequireProposed();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the proposal is being returned.");
        }

        Status = CategorisationStatus.Returned;
        DecidedBy = decidedBy;
        DecidedAt = at;
        ReturnReason = reason.Trim();
    }

    private void RequireProposed()
    {
        if (Status != CategorisationStatus.Proposed)
        {
            throw new DomainException($"This categorisation has already been {Status.ToString().ToLowerInvariant()}.");
        }
    }
}
