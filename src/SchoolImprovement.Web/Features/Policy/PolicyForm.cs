using System.ComponentModel.DataAnnotations;
using FluentValidation;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.Policy;

/// <summary>The policy profile as an editable form. Lists are edited one item per line.</summary>
public sealed class PolicyForm : IVersionedForm
{
    public Guid Version { get; set; }

    [Display(Name = "Title of school improvement officers")] public string OfficerTitle { get; set; } = "";
    [Display(Name = "Name of the local committee")] public string LocalCommitteeName { get; set; } = "";
    [Display(Name = "Name of the committee that receives packs")] public string CommitteeName { get; set; } = "";
    public List<CategoryForm> Categories { get; set; } = [];
    [Display(Name = "Role that recommends a school causing concern")] public string RecommendingRole { get; set; } = "";
    [Display(Name = "Role that decides a school causing concern")] public string DecidingRole { get; set; } = "";
    [Display(Name = "Capabilities the trust's policy uses")] public List<PolicyCapability> Capabilities { get; set; } = [];
    [Display(Name = "Kinds of board")] public List<BoardKind> BoardKinds { get; set; } = [];
    [Display(Name = "Quorum (voting members)")] public int? Quorum { get; set; }
    [Display(Name = "First period (terms)")] public int? FirstPeriodTerms { get; set; }
    [Display(Name = "Each extension (terms)")] public int? ExtensionTerms { get; set; }
    [Display(Name = "Officer days per school per year")] public decimal? OfficerDaysPerYear { get; set; }
    [Display(Name = "Days for the headteacher's performance management")] public decimal? PerformanceManagementDays { get; set; }
    [Display(Name = "SLE days per school per year (up to)")] public decimal? SleDaysPerYear { get; set; }
    [Display(Name = "Additional SLE days for schools with the greatest need")] public bool AdditionalSleDaysForGreatestNeed { get; set; }
    [Display(Name = "Health check at least every (months)")] public int? HealthCheckMonths { get; set; }
    [Display(Name = "Development review every (months)")] public int? DevelopmentReviewMonths { get; set; }
    [Display(Name = "SIAMS preparation visit every (months)")] public int? SiamsPreparationMonths { get; set; }
    [Display(Name = "SEF and SIP updates per term")] public int? SefSipUpdatesPerTerm { get; set; }
    [Display(Name = "Headteacher appraisal every (months)")] public int? HeadteacherAppraisalMonths { get; set; }
    [Display(Name = "Spotlight visits per half term")] public int? SpotlightVisitsPerHalfTerm { get; set; }
    [Display(Name = "Committee meetings per year")] public int? CommitteeMeetingsPerYear { get; set; }
    [Display(Name = "Terms of reference reviewed every (months)")] public int? TermsOfReferenceReviewMonths { get; set; }
    [Display(Name = "Evidence every categorisation must cover")] public List<EvidenceSource> RequiredEvidence { get; set; } = [];

    /// <summary>One row per document (SEF, SIP): whether schools return it, in which terms, and when it is due.</summary>
    public List<ReturnRequirementForm> Returns { get; set; } = [];

    public static PolicyForm From(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new PolicyForm
        {
            Version = profile.Version,
            OfficerTitle = profile.Labels.OfficerTitle,
            LocalCommitteeName = profile.Labels.LocalCommitteeName,
            CommitteeName = profile.Labels.CommitteeName,
            Categories = [.. profile.Categories.Select(c => new CategoryForm { Name = c.Name, Descriptors = Lines(c.Descriptors), StandardResponses = Lines(c.StandardResponses), HealthCheckMonths = c.HealthCheckMonths })],
            RecommendingRole = profile.Concern.RecommendingRole,
            DecidingRole = profile.Concern.DecidingRole,
            Capabilities = [.. profile.Capabilities],
            BoardKinds = [.. profile.BoardKinds],
            Quorum = profile.Boards.Quorum,
            FirstPeriodTerms = profile.Boards.FirstPeriodTerms,
            ExtensionTerms = profile.Boards.ExtensionTerms,
            OfficerDaysPerYear = profile.Allocations?.OfficerDaysPerYear,
            PerformanceManagementDays = profile.Allocations?.PerformanceManagementDays,
            SleDaysPerYear = profile.Allocations?.SleDaysPerYear,
            AdditionalSleDaysForGreatestNeed = profile.Allocations?.AdditionalSleDaysForGreatestNeed ?? false,
            HealthCheckMonths = profile.Cycles.HealthCheckMonths,
            DevelopmentReviewMonths = profile.Cycles.DevelopmentReviewMonths,
            SiamsPreparationMonths = profile.Cycles.SiamsPreparationMonths,
            SefSipUpdatesPerTerm = profile.Cycles.SefSipUpdatesPerTerm,
            HeadteacherAppraisalMonths = profile.Cycles.HeadteacherAppraisalMonths,
            SpotlightVisitsPerHalfTerm = profile.Cycles.SpotlightVisitsPerHalfTerm,
            CommitteeMeetingsPerYear = profile.Cycles.CommitteeMeetingsPerYear,
            TermsOfReferenceReviewMonths = profile.Cycles.TermsOfReferenceReviewMonths,
            RequiredEvidence = [.. profile.RequiredEvidence],
            Returns = ReturnRequirementForm.For(profile.ReturnRequirements),
        };
    }

    /// <summary>The content this form describes; category rows left blank are dropped.</summary>
    public PolicyContent ToContent() => new(
        new PolicyLabels(OfficerTitle.Trim(), LocalCommitteeName.Trim(), CommitteeName.Trim()),
        [.. Categories.Where(c => !string.IsNullOrWhiteSpace(c.Name)).Select(c => new CategoryDefinition(c.Name.Trim(), SplitLines(c.Descriptors), SplitLines(c.StandardResponses)) { HealthCheckMonths = c.HealthCheckMonths })],
        new ConcernWorkflow(RecommendingRole, DecidingRole),
        BoardKinds ?? [],
        new BoardRules(Quorum, FirstPeriodTerms, ExtensionTerms),
        OfficerDaysPerYear is null && PerformanceManagementDays is null && SleDaysPerYear is null
            ? null
            : new Allocations(OfficerDaysPerYear ?? 0, PerformanceManagementDays ?? 0, SleDaysPerYear ?? 0, AdditionalSleDaysForGreatestNeed),
        new Cycles(HealthCheckMonths, DevelopmentReviewMonths, SiamsPreparationMonths, SefSipUpdatesPerTerm, SpotlightVisitsPerHalfTerm, CommitteeMeetingsPerYear, TermsOfReferenceReviewMonths)
        {
            HeadteacherAppraisalMonths = HeadteacherAppraisalMonths,
        })
    {
        RequiredEvidence = RequiredEvidence ?? [],
        ReturnRequirements = [.. (Returns ?? []).Where(r => r.Required).Select(r => r.ToRequirement())],
        Capabilities = Capabilities ?? [],
    };

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    private static List<string> SplitLines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>A returned document's row on the policy form.</summary>
public sealed class ReturnRequirementForm
{
    public ReturnDocument Document { get; set; }
    public bool Required { get; set; }
    public bool Autumn { get; set; }
    public bool Spring { get; set; }
    public bool Summer { get; set; }
    public int DueDaysAfterTermStart { get; set; } = ReturnRequirement.DefaultDueDays;

    /// <summary>A row for every document, filled from the requirements (a document not required is unticked).</summary>
    public static List<ReturnRequirementForm> For(IReadOnlyList<ReturnRequirement> requirements) =>
    [
        .. ReturnLabels.Documents.Select(d => requirements.FirstOrDefault(r => r.Document == d) is { } r
            ? new ReturnRequirementForm
            {
                Document = d, Required = true, Autumn = r.IsRequiredIn(Term.Autumn), Spring = r.IsRequiredIn(Term.Spring), Summer = r.IsRequiredIn(Term.Summer),
                DueDaysAfterTermStart = r.DueDaysAfterTermStart,
            }
            : new ReturnRequirementForm { Document = d }),
    ];

    public ReturnRequirement ToRequirement()
    {
        var terms = new List<Term>();
        if (Autumn)
        {
            terms.Add(Term.Autumn);
        }

        if (Spring)
        {
            terms.Add(Term.Spring);
        }

        if (Summer)
        {
            terms.Add(Term.Summer);
        }

        return new ReturnRequirement(Document, terms, DueDaysAfterTermStart);
    }
}

public sealed class CategoryForm
{
    public string Name { get; set; } = "";
    public string Descriptors { get; set; } = "";
    public string StandardResponses { get; set; } = "";

    /// <summary>Health checks more often than the profile's interval for a school in this category (DDAT §2); empty: the profile's.</summary>
    public int? HealthCheckMonths { get; set; }
}

public sealed class PolicyFormValidator : AbstractValidator<PolicyForm>
{
    public PolicyFormValidator()
    {
        RuleFor(f => f.OfficerTitle).NotEmpty().WithMessage("Enter the title of school improvement officers.").MaximumLength(100);
        RuleFor(f => f.LocalCommitteeName).NotEmpty().WithMessage("Enter the name of the local committee.").MaximumLength(100);
        RuleFor(f => f.CommitteeName).NotEmpty().WithMessage("Enter the name of the committee.").MaximumLength(100);
    }
}
