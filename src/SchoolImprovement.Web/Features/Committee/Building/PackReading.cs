using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.ConcernsOverview;

namespace SchoolImprovement.Web.Features.Committee.Building;

/// <summary>An open school as the pack names it.</summary>
public sealed record PackSchool(Guid Id, string Name, string Phase, DateOnly? CausingConcernSince);

/// <summary>
/// What every section of one pack reads with: the build's context, the trust's profile and its open schools (closed
/// schools are left out of every section), and the trust view and the due items, each read once, when a section first
/// asks, for the whole trust. Sections run one after the other (one DbContext).
/// </summary>
public sealed class PackReading(
    PackBuildContext context,
    PolicyContent policy,
    IReadOnlyDictionary<Guid, PackSchool> schools,
    Func<CancellationToken, Task<ConcernsOverviewPage>> overview,
    Func<CancellationToken, Task<IReadOnlyList<DueItem>>> due)
{
    private ConcernsOverviewPage? _overview;
    private IReadOnlyList<DueItem>? _due;

    public PackBuildContext Context { get; } = context;

    public PolicyContent Policy { get; } = policy;

    /// <summary>The trust's open schools by id.</summary>
    public IReadOnlyDictionary<Guid, PackSchool> Schools { get; } = schools;

    public DateOnly MeetingOn => Context.MeetingOn;

    public PackContent? Previous => Context.Previous;

    public bool FirstPack => Context.Previous is null;

    /// <summary>How far apart the committee meets (12 months over the profile's meetings a year; 4 when it sets none).</summary>
    public int MonthsBetweenMeetings => 12 / Math.Clamp(Policy.Cycles.CommitteeMeetingsPerYear ?? 3, 1, 12);

    /// <summary>Where "since the last pack" counts from: the last pack's meeting, or one meeting interval back for the first pack.</summary>
    public DateOnly Since => Context.Previous?.MeetingOn ?? MeetingOn.AddMonths(-MonthsBetweenMeetings);

    /// <summary>The day before which the next meeting falls (one interval after this one): "due before the next meeting".</summary>
    public DateOnly NextMeetingBy => MeetingOn.AddMonths(MonthsBetweenMeetings);

    public bool Uses(PolicyCapability capability) => Policy.Uses(capability);

    public bool IsOpen(Guid schoolId) => Schools.ContainsKey(schoolId);

    public string SchoolName(Guid schoolId) => Schools.TryGetValue(schoolId, out var school) ? school.Name : "";

    /// <summary>The same section of the last pack, or null.</summary>
    public PackSection? PreviousSection(PackSectionKind kind) => Context.Previous?.Section(kind);

    /// <summary>The deferral note of an item the committee deferred before, or null.</summary>
    public string WithDeferral(string text, Guid itemId) => PackText.WithDeferral(text, itemId, Context.Deferred);

    /// <summary>The trust view (concerns, boards, recommendations, urgent decisions, Spotlight projects), counted to the meeting day.</summary>
    public async Task<ConcernsOverviewPage> OverviewAsync(CancellationToken ct) => _overview ??= await overview(ct);

    /// <summary>Every due item of the trust (health checks, terms of reference reviews...), counted to the meeting day.</summary>
    public async Task<IReadOnlyList<DueItem>> DueAsync(CancellationToken ct) => _due ??= await due(ct);

    /// <summary>A section with the kind's title.</summary>
    public static PackSection Section(
        PackSectionKind kind, string summary, IEnumerable<string> changes, IEnumerable<PackItem>? items = null, IEnumerable<PackTable?>? tables = null, IEnumerable<PackChart>? charts = null) =>
        new(kind, kind.Title(), summary, [.. changes], [.. items ?? []], [.. (tables ?? []).OfType<PackTable>().Where(t => t.Rows.Count > 0)], [.. charts ?? []]);
}
