using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Inspections;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.HealthChecks;

/// <summary>
/// A school health check meeting (DDAT §2): held at least annually, more often where the school's category calls
/// for it; a two-way flow of information between the school and the trust's central functions. It covers every area
/// of the Ofsted framework the school was last inspected under plus health and safety, internal audit, and financial
/// and non-financial controls (<see cref="HealthCheckAreas"/>). Each area is rated Red, Amber or Green with findings;
/// an identified area (Red or Amber) becomes an action in the tracker with an agreed due date, which the headteacher
/// addresses and shows the impact of. Started as a draft (one per school), completed when every applicable area is
/// rated; the next check falls due from a completed check's date (<see cref="HealthCheckSchedule"/>).
/// </summary>
public sealed class HealthCheck : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }
    public DateOnly HeldOn { get; private set; }

    /// <summary>The framework of the school's latest Ofsted inspection when the check was started (Ofsted 2019 when none).</summary>
    public InspectionFramework Framework { get; private set; }

    public HealthCheckStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public Guid RecordedBy { get; private set; }

    private readonly List<HealthCheckArea> _areas = [];

    public IReadOnlyList<HealthCheckArea> Areas => _areas;

    public bool IsCompleted => Status == HealthCheckStatus.Completed;

    private HealthCheck() { }

    /// <summary>
    /// Starts a check with the areas of <paramref name="framework"/>; early years and sixth form are marked not applicable
    /// where the school has none. Refused for a future date and for a framework other than Ofsted's. The caller makes sure
    /// the school is open and has no other draft (<see cref="EnsureNoDraft"/>; the database holds it too).
    /// </summary>
    public static HealthCheck Start(
        Guid schoolId, InspectionFramework framework, DateOnly heldOn, bool hasEarlyYears, bool hasSixthForm, Guid recordedBy, DateOnly today, DateTimeOffset now)
    {
        if (framework is not (InspectionFramework.Ofsted2019 or InspectionFramework.OfstedReportCard))
        {
            throw new DomainException("A health check follows an Ofsted framework: the 2019 framework or report cards.");
        }

        if (heldOn > today)
        {
            throw new DomainException("A health check cannot be recorded for a future date.");
        }

        var check = new HealthCheck
        {
            Id = Guid.CreateVersion7(now),
            SchoolId = schoolId,
            HeldOn = heldOn,
            Framework = framework,
            Status = HealthCheckStatus.Draft,
            RecordedBy = recordedBy,
        };
        var names = HealthCheckAreas.For(framework);
        for (var i = 0; i < names.Count; i++)
        {
            var notApplicable = (names[i] == HealthCheckAreas.EarlyYears(framework) && !hasEarlyYears)
                || (names[i] == HealthCheckAreas.SixthForm(framework) && !hasSixthForm);
            check._areas.Add(new HealthCheckArea(check.Id, i + 1, names[i], notApplicable, now));
        }

        return check;
    }

    /// <summary>Refuses a second draft for a school: finish (or continue) the one started.</summary>
    public static void EnsureNoDraft(bool schoolHasDraft)
    {
        if (schoolHasDraft)
        {
            throw new DomainException("This school already has a health check in progress: continue it, or complete it first.");
        }
    }

    public HealthCheckArea Area(Guid areaId) =>
        _areas.FirstOrDefault(a => a.Id == areaId) ?? throw new DomainException("That area is not part of this health check.");

    /// <summary>
    /// Rates an area with its findings. An identified area (Red or Amber) needs an agreed action: its title and the date
    /// it is due by (the agreed timeline), unless the area already has one; the action is returned, owned by the
    /// headteacher (who addresses it and shows impact) and sourced to this check, and the caller adds it. A Green area
    /// may be given an action too. Refused on a completed check and for an area marked not applicable.
    /// </summary>
    public ImprovementAction? Rate(Guid areaId, Rag? rag, string? findings, string? actionTitle, DateOnly? actionDueOn, DateOnly today, DateTimeOffset now)
    {
        if (IsCompleted)
        {
            throw new DomainException("This health check is completed: its ratings are on record and are not changed.");
        }

        var area = Area(areaId);
        if (area.NotApplicable)
        {
            throw new DomainException($"{area.Name} is marked not applicable for this school.");
        }

        var problems = new List<string>();
        if (rag is null || !Enum.IsDefined(rag.Value))
        {
            problems.Add($"Rate {area.Name}: Red, Amber or Green.");
        }

        var found = Trimmed(findings);
        if (found is null)
        {
            problems.Add($"Record the findings for {area.Name}.");
        }
        else if (found.Length > HealthCheckArea.TextLength)
        {
            problems.Add($"The findings can be at most {HealthCheckArea.TextLength:N0} characters.");
        }

        var title = Trimmed(actionTitle);
        var wantsAction = title is not null || actionDueOn is not null;
        var identified = rag is Rag.Red or Rag.Amber;
        ImprovementAction? action = null;
        if (area.ActionId is null && (identified || wantsAction))
        {
            if (title is null)
            {
                problems.Add($"{area.Name} is an identified area: give the action the headteacher agreed to take.");
            }
            else if (title.Length > HealthCheckArea.ActionTitleLength)
            {
                problems.Add($"The action can be at most {HealthCheckArea.ActionTitleLength:N0} characters.");
            }

            if (actionDueOn is null)
            {
                problems.Add($"Give the date the action for {area.Name} is agreed to be done by.");
            }
            else if (actionDueOn < today)
            {
                problems.Add("The agreed date for the action cannot be in the past.");
            }

            if (problems.Count == 0)
            {
                action = ImprovementAction.Create(SchoolId, title!, ActionSource.HealthCheck, Id, "Headteacher", null, actionDueOn!.Value, today, now);
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        area.Rate(rag!.Value, found!, action?.Id);
        return action;
    }

    /// <summary>The applicable areas not yet rated.</summary>
    public IReadOnlyList<HealthCheckArea> Unrated => [.. _areas.Where(a => !a.NotApplicable && a.Rag is null)];

    /// <summary>Completes the check. Refused while an applicable area is unrated, and when already completed.</summary>
    public void Complete(DateOnly today)
    {
        if (IsCompleted)
        {
            throw new DomainException("This health check is already completed.");
        }

        var unrated = Unrated;
        if (unrated.Count > 0)
        {
            throw new DomainException($"Rate every area before completing the health check: {string.Join(", ", unrated.Select(a => a.Name))} not rated yet.");
        }

        Status = HealthCheckStatus.Completed;
        CompletedOn = today < HeldOn ? HeldOn : today;
    }

    /// <summary>
    /// The headteacher's evidence of impact for an identified area (DDAT §2: "demonstrate impact within agreed
    /// timelines"): only for a rated area with an agreed action. Recorded again, it replaces the earlier evidence.
    /// </summary>
    public void RecordImpact(Guid areaId, string? evidence, Guid recordedBy, DateTimeOffset now)
    {
        var area = Area(areaId);
        if (area.ActionId is null)
        {
            throw new DomainException($"{area.Name} has no agreed action, so there is no impact to record.");
        }

        var text = Trimmed(evidence);
        if (text is null)
        {
            throw new DomainException("Describe the evidence of impact.");
        }

        if (text.Length > HealthCheckArea.TextLength)
        {
            throw new DomainException($"The evidence of impact can be at most {HealthCheckArea.TextLength:N0} characters.");
        }

        area.RecordImpact(text, recordedBy, now);
    }

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
