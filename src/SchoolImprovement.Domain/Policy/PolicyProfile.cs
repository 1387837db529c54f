using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// A trust's policy, as configuration: labels, categorisation scheme with descriptors and
/// standard responses, concern workflow roles, board types and rules, allocations and cycles.
/// One per trust.
/// </summary>
public sealed class PolicyProfile : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public PolicyLabels Labels { get; private set; } = null!;
    public IReadOnlyList<CategoryDefinition> Categories { get; private set; } = [];
    public ConcernWorkflow Concern { get; private set; } = null!;
    public IReadOnlyList<string> BoardTypes { get; private set; } = [];
    public BoardRules Boards { get; private set; } = null!;
    public Allocations Allocations { get; private set; } = null!;
    public Cycles Cycles { get; private set; } = null!;

    /// <summary>Stored list; null (profiles saved before the setting existed) means every source.</summary>
    private List<EvidenceSource>? _requiredEvidence;

    /// <summary>Evidence sources a categorisation proposal must give a judgement and notes for (Vine §3 lists seven).</summary>
    public IReadOnlyList<EvidenceSource> RequiredEvidence => _requiredEvidence ?? EvidenceSources.All;

    /// <summary>Stored list; null (profiles saved before the setting existed) means <see cref="ReturnRequirement.Defaults"/>.</summary>
    private List<ReturnRequirement>? _returnRequirements;

    /// <summary>The documents each school returns each term, and when they are due (SEF and SIP every term, 30 days after it starts, by default).</summary>
    public IReadOnlyList<ReturnRequirement> ReturnRequirements => _returnRequirements ?? ReturnRequirement.Defaults;

    /// <summary>The requirement for one document, or null when the trust does not ask for it.</summary>
    public ReturnRequirement? ReturnRequirementFor(ReturnDocument document) => ReturnRequirements.FirstOrDefault(r => r.Document == document);

    private PolicyProfile() { }

    public PolicyProfile(PolicyContent content)
    {
        Id = Guid.CreateVersion7();
        Revise(content);
    }

    /// <summary>Replaces the whole profile; refuses content that breaks a rule and changes nothing.</summary>
    public void Revise(PolicyContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = content.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        Labels = content.Labels;
        Categories = content.Categories;
        Concern = content.Concern;
        BoardTypes = content.BoardTypes;
        Boards = content.Boards;
        Allocations = content.Allocations;
        Cycles = content.Cycles;
        _requiredEvidence = [.. content.RequiredEvidence.Distinct().Order()];
        _returnRequirements = [.. content.ReturnRequirements.OrderBy(r => r.Document).Select(r => r with { Terms = [.. r.Terms.Order()] })];
    }

    public PolicyContent Content => new(Labels, Categories, Concern, BoardTypes, Boards, Allocations, Cycles) { RequiredEvidence = RequiredEvidence, ReturnRequirements = ReturnRequirements };

    public CategoryDefinition? Category(string name) =>
        Categories.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Everything a trust administrator edits in the policy profile, with its rules.</summary>
public sealed record PolicyContent(
    PolicyLabels Labels,
    IReadOnlyList<CategoryDefinition> Categories,
    ConcernWorkflow Concern,
    IReadOnlyList<string> BoardTypes,
    BoardRules Boards,
    Allocations Allocations,
    Cycles Cycles)
{
    /// <summary>The evidence sources every categorisation proposal must cover; all seven unless the trust says otherwise.</summary>
    public IReadOnlyList<EvidenceSource> RequiredEvidence { get; init; } = EvidenceSources.All;

    /// <summary>The documents each school returns each term (<see cref="ReturnRequirement.Defaults"/> unless the trust says otherwise).</summary>
    public IReadOnlyList<ReturnRequirement> ReturnRequirements { get; init; } = ReturnRequirement.Defaults;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        problems.AddRange(ReturnRequirement.ProblemsOf(ReturnRequirements ?? []));
        if (RequiredEvidence.Count == 0 || RequiredEvidence.Any(s => !Enum.IsDefined(s)))
        {
            problems.Add("Choose at least one evidence source that every categorisation must cover.");
        }

        if (string.IsNullOrWhiteSpace(Labels.OfficerTitle) || string.IsNullOrWhiteSpace(Labels.LocalCommitteeName) || string.IsNullOrWhiteSpace(Labels.CommitteeName))
        {
            problems.Add("Every label needs a value.");
        }

        if (Categories.Count < 2)
        {
            problems.Add("The categorisation scheme needs at least two categories.");
        }

        if (Categories.Any(c => string.IsNullOrWhiteSpace(c.Name)))
        {
            problems.Add("Every category needs a name.");
        }

        if (Categories.Select(c => c.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Categories.Count)
        {
            problems.Add("Category names must be different from each other.");
        }

        if (Categories.Any(c => c.Descriptors.Count == 0))
        {
            problems.Add("Every category needs at least one descriptor.");
        }

        if (!TrustRole.IsTrustRole(Concern.RecommendingRole) || !TrustRole.IsTrustRole(Concern.DecidingRole))
        {
            problems.Add("The concern workflow must name roles of the trust.");
        }
        else if (Concern.RecommendingRole == Concern.DecidingRole)
        {
            problems.Add("The role that recommends a school causing concern cannot also decide it.");
        }

        if (BoardTypes.Count == 0 || BoardTypes.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("Name at least one board type.");
        }

        if (Boards.Quorum < 1)
        {
            problems.Add("A board's quorum must be at least one member.");
        }

        if (Boards.FirstPeriodTerms < 1 || Boards.ExtensionTerms < 1)
        {
            problems.Add("A board's first period and each extension must be at least one term.");
        }

        if (Allocations.OfficerDaysPerYear < 0 || Allocations.PerformanceManagementDays < 0 || Allocations.SleDaysPerYear < 0)
        {
            problems.Add("Allocated days cannot be negative.");
        }

        if (Cycles.HealthCheckMonths < 1 || Cycles.DevelopmentReviewMonths < 1 || Cycles.SiamsPreparationMonths < 1
            || Cycles.TermsOfReferenceReviewMonths < 1 || Cycles.CommitteeMeetingsPerYear < 1
            || Cycles.SefSipUpdatesPerTerm < 0 || Cycles.SpotlightVisitsPerHalfTerm < 0)
        {
            problems.Add("Cycle lengths must be at least one month and counts cannot be negative.");
        }

        return problems;
    }
}
