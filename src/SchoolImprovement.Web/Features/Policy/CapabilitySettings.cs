using System.Globalization;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Policy;

namespace SchoolImprovement.Web.Features.Policy;

/// <summary>One capability of the trust's policy on the policy page: whether the trust uses it, where the policy says so, and its settings.</summary>
/// <param name="Settings">Each shown as "not used by the trust's policy" when <paramref name="Used"/> is false.</param>
public sealed record CapabilityRow(PolicyCapability Capability, string Label, string Source, bool Used, IReadOnlyList<PolicySettingRow> Settings);

/// <summary>A setting of a capability; <paramref name="Key"/> is the form field's name.</summary>
public sealed record PolicySettingRow(string Key, string Name, string Value);

/// <summary>
/// Which settings belong to which capability, and how each reads on the policy page. The edit form groups its fields the same
/// way (<c>_PolicyFields.cshtml</c>): a capability's numbers sit under its switch.
/// </summary>
public static class CapabilitySettings
{
    public const string NotUsed = "Not used by the trust's policy";
    public const string NotSet = "Not set";

    /// <summary>What each capability is about, in the words of the policies it comes from.</summary>
    public static string Source(PolicyCapability capability) => capability switch
    {
        PolicyCapability.ConcernDesignation => "A school is recommended as causing concern and the CEO decides (DDAT §3; Vine §3–4).",
        PolicyCapability.Boards => "A board is formed for a school causing concern: RAB or ILTC (DDAT §4–5), trust improvement board (Vine §3).",
        PolicyCapability.SpotlightProjects => "Focused visits each half term for a school that needs support (DDAT §6).",
        PolicyCapability.HealthChecks => "A school health check meeting at least every year (DDAT §2).",
        PolicyCapability.DayAllocations => "Improvement lead and SLE days for each school (Vine §4).",
        PolicyCapability.DevelopmentReviews => "A development review of each school (Vine §4).",
        PolicyCapability.SiamsPreparation => "A SIAMS preparation visit to each church school (Vine §4).",
        PolicyCapability.WebsiteChecks => "The Director of Learning checks each school's website once a year (Vine §4).",
        PolicyCapability.DueDiligence => "Due diligence for a school joining the trust (Vine §5).",
        PolicyCapability.CommitteePacks => "Education and Standards Committee meetings and their packs (DDAT §2).",
        _ => "",
    };

    /// <summary>Every capability, with its settings read from <paramref name="content"/>.</summary>
    public static IReadOnlyList<CapabilityRow> Rows(PolicyContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return
        [
            .. PolicyCapabilities.All.Select(c =>
            {
                var used = content.Uses(c);
                var settings = SettingsOf(c, content).Select(s => used ? s : s with { Value = NotUsed }).ToList();
                return new CapabilityRow(c, c.Label(), Source(c), used, settings);
            }),
        ];
    }

    private static IEnumerable<PolicySettingRow> SettingsOf(PolicyCapability capability, PolicyContent content)
    {
        var cycles = content.Cycles;
        var boards = content.Boards;
        switch (capability)
        {
            case PolicyCapability.ConcernDesignation:
                yield return new(nameof(PolicyForm.RecommendingRole), "Recommends a school causing concern", content.Concern.RecommendingRole);
                yield return new(nameof(PolicyForm.DecidingRole), "Decides", content.Concern.DecidingRole);
                break;
            case PolicyCapability.Boards:
                yield return new(nameof(PolicyForm.BoardKinds), "Kinds of board", content.BoardKinds.Count == 0 ? "None chosen" : string.Join(", ", content.BoardKinds.Select(k => k.Label())));
                yield return new(nameof(PolicyForm.Quorum), "Quorum", Number(boards.Quorum, q => $"{q} voting members", "set for each board when it is formed"));
                yield return new(nameof(PolicyForm.FirstPeriodTerms), "First period", Number(boards.FirstPeriodTerms, t => $"{t} {Terms(t)} in the first instance", "set for each board when it is formed"));
                yield return new(nameof(PolicyForm.ExtensionTerms), "Each extension", Number(boards.ExtensionTerms, t => $"{t} {Terms(t)} at a time", "set when a board is extended"));
                yield return new(nameof(PolicyForm.TermsOfReferenceReviewMonths), "Terms of reference reviewed", Number(cycles.TermsOfReferenceReviewMonths, m => $"every {m} months"));
                break;
            case PolicyCapability.SpotlightProjects:
                yield return new(nameof(PolicyForm.SpotlightVisitsPerHalfTerm), "Focused visits", Number(cycles.SpotlightVisitsPerHalfTerm, v => $"{v} each half term"));
                break;
            case PolicyCapability.HealthChecks:
                yield return new(nameof(PolicyForm.HealthCheckMonths), "Health check", Number(cycles.HealthCheckMonths, m => $"at least every {m} months"));
                break;
            case PolicyCapability.DayAllocations:
                var a = content.Allocations;
                yield return new(nameof(PolicyForm.OfficerDaysPerYear), "Officer time", a is null ? NotSet : $"{Days(a.OfficerDaysPerYear)} days a year plus {Days(a.PerformanceManagementDays)} for the headteacher's performance management");
                yield return new(nameof(PolicyForm.SleDaysPerYear), "SLE time", a is null ? NotSet : $"up to {Days(a.SleDaysPerYear)} days a year{(a.AdditionalSleDaysForGreatestNeed ? "; more for schools with the greatest need" : "")}");
                break;
            case PolicyCapability.DevelopmentReviews:
                yield return new(nameof(PolicyForm.DevelopmentReviewMonths), "Development review", Number(cycles.DevelopmentReviewMonths, m => $"every {m} months"));
                break;
            case PolicyCapability.SiamsPreparation:
                yield return new(nameof(PolicyForm.SiamsPreparationMonths), "SIAMS preparation visit", Number(cycles.SiamsPreparationMonths, m => $"every {m} months"));
                break;
            case PolicyCapability.CommitteePacks:
                yield return new(nameof(PolicyForm.CommitteeMeetingsPerYear), "Committee meetings", Number(cycles.CommitteeMeetingsPerYear, n => $"{n} a year"));
                break;
            default:
                break;
        }
    }

    private static string Number(int? value, Func<int, string> text, string? whenNotSet = null) =>
        value is { } v ? text(v) : whenNotSet is null ? NotSet : $"{NotSet}: {whenNotSet}";

    private static string Terms(int count) => count == 1 ? "term" : "terms";

    private static string Days(decimal days) => days.ToString("0.##", CultureInfo.GetCultureInfo("en-GB"));
}
