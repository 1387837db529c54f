using SchoolImprovement.Domain.Boards;
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
    /// <summary>The kinds of board the trust forms (DDAT: RAB and ILTC; Vine: a trust improvement board).</summary>
    public IReadOnlyList<BoardKind> BoardKinds { get; private set; } = [];
    public BoardRules Boards { get; private set; } = null!;

    /// <summary>Day allocations (Vine §4); null when the trust's policy sets none (DDAT).</summary>
    public Allocations? Allocations { get; private set; }
    public Cycles Cycles { get; private set; } = null!;

    /// <summary>Stored list; null (profiles saved before capabilities could be switched off) means every capability.</summary>
    private List<PolicyCapability>? _capabilities;

    /// <summary>The parts of the portal the trust's policy uses; the others are switched off (pages 404, menus hidden).</summary>
    public IReadOnlyList<PolicyCapability> Capabilities => _capabilities ?? PolicyCapabilities.All;

    public bool Uses(PolicyCapability capability) => Capabilities.Contains(capability);

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
        BoardKinds = [.. content.BoardKinds.Distinct().Order()];
        Boards = content.Boards;
        Allocations = content.Allocations;
        Cycles = content.Cycles;
        _requiredEvidence = [.. content.RequiredEvidence.Distinct().Order()];
        _returnRequirements = [.. content.ReturnRequirements.OrderBy(r => r.Document).Select(r => r with { Terms = [.. r.Terms.Order()] })];
        _capabilities = [.. content.Capabilities.Distinct().Order()];
    }

    public PolicyContent Content => new(Labels, Categories, Concern, BoardKinds, Boards, Allocations, Cycles)
    {
        RequiredEvidence = RequiredEvidence,
        ReturnRequirements = ReturnRequirements,
        Capabilities = Capabilities,
    };

    public CategoryDefinition? Category(string name) =>
        Categories.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Everything a trust administrator edits in the policy profile, with its rules.</summary>
public sealed record PolicyContent(
    PolicyLabels Labels,
    IReadOnlyList<CategoryDefinition> Categories,
    ConcernWorkflow Concern,
    IReadOnlyList<BoardKind> BoardKinds,
    BoardRules Boards,
    Allocations? Allocations,
    Cycles Cycles)
{
    /// <summary>The parts of the portal the trust's policy uses (every capability unless the trust says otherwise).</summary>
    public IReadOnlyList<PolicyCapability> Capabilities { get; init; } = PolicyCapabilities.All;

    public bool Uses(PolicyCapability capability) => Capabilities.Contains(capability);

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

        problems.AddRange(CapabilityProblems());
        return problems;
    }

    /// <summary>A capability that is switched on needs its settings; a number that is set must make sense.</summary>
    private List<string> CapabilityProblems()
    {
        var problems = new List<string>();
        if (Capabilities.Any(c => !Enum.IsDefined(c)))
        {
            problems.Add("Choose capabilities from the list.");
        }

        if (Uses(PolicyCapability.Boards) && (BoardKinds.Count == 0 || BoardKinds.Any(k => !Enum.IsDefined(k))))
        {
            problems.Add("Boards are switched on: choose at least one kind of board.");
        }

        if (Boards.Quorum is < 1)
        {
            problems.Add("A board's quorum must be at least one voting member.");
        }

        if (Boards.FirstPeriodTerms is < 1 || Boards.ExtensionTerms is < 1)
        {
            problems.Add("A board's first period and each extension must be at least one term.");
        }

        if (Uses(PolicyCapability.DayAllocations) && Allocations is null)
        {
            problems.Add("Day allocations are switched on: enter the improvement lead and SLE days.");
        }

        if (Allocations is { } a && (a.OfficerDaysPerYear < 0 || a.PerformanceManagementDays < 0 || a.SleDaysPerYear < 0))
        {
            problems.Add("Allocated days cannot be negative.");
        }

        NeedsCycle(problems, PolicyCapability.HealthChecks, Cycles.HealthCheckMonths, "Health checks are switched on: enter how many months apart they fall.");
        NeedsCycle(problems, PolicyCapability.DevelopmentReviews, Cycles.DevelopmentReviewMonths, "Development reviews are switched on: enter how many months apart they fall.");
        NeedsCycle(problems, PolicyCapability.SiamsPreparation, Cycles.SiamsPreparationMonths, "SIAMS preparation visits are switched on: enter how many months apart they fall.");
        NeedsCycle(problems, PolicyCapability.SpotlightProjects, Cycles.SpotlightVisitsPerHalfTerm, "Spotlight projects are switched on: enter how many focused visits fall in each half term.");
        NeedsCycle(problems, PolicyCapability.CommitteePacks, Cycles.CommitteeMeetingsPerYear, "Committee packs are switched on: enter how many committee meetings there are a year.");

        if (Cycles.HealthCheckMonths is < 1 || Cycles.DevelopmentReviewMonths is < 1 || Cycles.SiamsPreparationMonths is < 1
            || Cycles.TermsOfReferenceReviewMonths is < 1 || Cycles.CommitteeMeetingsPerYear is < 1 || Cycles.HeadteacherAppraisalMonths is < 1
            || Cycles.SefSipUpdatesPerTerm is < 0 || Cycles.SpotlightVisitsPerHalfTerm is < 0)
        {
            problems.Add("Cycle lengths must be at least one month and counts cannot be negative.");
        }

        if (Categories.Any(c => c.HealthCheckMonths is < 1))
        {
            problems.Add("A category's health check interval must be at least one month.");
        }
        else if (Cycles.HealthCheckMonths is { } yearly && Categories.Any(c => c.HealthCheckMonths > yearly))
        {
            problems.Add($"A category may call for health checks more often than every {yearly} months, never less often (DDAT §2: \"at least annually\").");
        }

        return problems;
    }

    private void NeedsCycle(List<string> problems, PolicyCapability capability, int? value, string problem)
    {
        if (Uses(capability) && value is null)
        {
            problems.Add(problem);
        }
    }
}
