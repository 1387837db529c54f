using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Visits;
using AllocationPolicy = SchoolImprovement.Domain.Policy.Allocations;

namespace SchoolImprovement.Domain.Allocations;

/// <summary>
/// A school's support days for one academic year (Vine §4 "How schools will be supported"): the School Improvement
/// Lead's days (7.5 by default) plus the headteacher's performance-management day, and SLE days (up to 9 by default)
/// shared between the SLEs assigned with their subject. The Director of Learning may approve additional days, with a
/// reason, which raise a strand's allowance. Officers and SLEs log the days they spend in half-day steps; logging past
/// the allowance is refused. One allocation per school and academic year.
/// </summary>
/// <remarks>
/// Every change (a log, an assignment, an approval) touches <see cref="ChangedAt"/>, so the allocation's
/// <see cref="Version"/> changes with it: two people logging at once cannot both pass the allowance.
/// </remarks>
public sealed class DayAllocation : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public Guid SchoolId { get; private set; }

    /// <summary>The academic year's first calendar year: 2026 is 2026/27 (<see cref="Calendar.AcademicYear"/>).</summary>
    public int AcademicYear { get; private set; }

    /// <summary>The School Improvement Lead, who logs the officer and performance-management days.</summary>
    public Guid OfficerUserId { get; private set; }

    public decimal OfficerDays { get; private set; }
    public decimal PerformanceManagementDays { get; private set; }

    /// <summary>The SLE days for the year; the SLE assignments share them (with any approved additional SLE days).</summary>
    public decimal SleDays { get; private set; }

    /// <summary>UTC, the last change to the allocation or its assignments, approvals and logs.</summary>
    public DateTime ChangedAt { get; private set; }

    private readonly List<SleAssignment> _sleAssignments = [];
    private readonly List<AdditionalDaysApproval> _approvals = [];
    private readonly List<DayLog> _logs = [];

    public IReadOnlyList<SleAssignment> SleAssignments => _sleAssignments;
    public IReadOnlyList<AdditionalDaysApproval> Approvals => _approvals;
    public IReadOnlyList<DayLog> Logs => _logs;

    public AcademicYear Year => new(AcademicYear);

    private DayAllocation() { }

    /// <summary>
    /// Sets a school's allocation for an academic year. Refused (all the reasons at once) without an officer, with days
    /// not in half-day steps, or with more days than the policy gives (<paramref name="policy"/>): more days come from
    /// the Director of Learning's approval. The caller makes sure the school has no allocation for the year yet
    /// (<see cref="EnsureNoneFor"/>; the database holds it too).
    /// </summary>
    public static DayAllocation Set(
        Guid schoolId, AcademicYear year, Guid? officerUserId, decimal officerDays, decimal performanceManagementDays, decimal sleDays,
        AllocationPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var allocation = new DayAllocation
        {
            Id = Guid.CreateVersion7(now),
            SchoolId = schoolId,
            AcademicYear = year.StartYear,
        };
        allocation.Apply(officerUserId, officerDays, performanceManagementDays, sleDays, policy, now);
        return allocation;
    }

    /// <summary>Refuses a second allocation for a school and year.</summary>
    public static void EnsureNoneFor(bool schoolHasAllocationForYear, AcademicYear year)
    {
        if (schoolHasAllocationForYear)
        {
            throw new DomainException($"This school already has an allocation for {year}: change that one instead.");
        }
    }

    /// <summary>
    /// Changes the officer and the days. Refused as <see cref="Set"/> is, and when a strand would fall below the days
    /// already logged (or, for SLE days, assigned).
    /// </summary>
    public void Change(Guid? officerUserId, decimal officerDays, decimal performanceManagementDays, decimal sleDays, AllocationPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Apply(officerUserId, officerDays, performanceManagementDays, sleDays, policy, now);
    }

    private void Apply(Guid? officerUserId, decimal officerDays, decimal performanceManagementDays, decimal sleDays, AllocationPolicy policy, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (officerUserId is null || officerUserId == Guid.Empty)
        {
            problems.Add("Choose the improvement lead for the school.");
        }

        CheckStrand(AllocationStrand.Officer, officerDays, policy.OfficerDaysPerYear, "Improvement lead days", problems);
        CheckStrand(AllocationStrand.PerformanceManagement, performanceManagementDays, policy.PerformanceManagementDays, "Performance-management days", problems);
        CheckStrand(AllocationStrand.Sle, sleDays, policy.SleDaysPerYear, "SLE days", problems);
        var assigned = Assigned;
        if (sleDays + Approved(AllocationStrand.Sle) < assigned)
        {
            problems.Add($"SLE days cannot be fewer than the {DayCount.Format(assigned)} already assigned to SLEs.");
        }

        Refuse(problems);
        OfficerUserId = officerUserId!.Value;
        OfficerDays = officerDays;
        PerformanceManagementDays = performanceManagementDays;
        SleDays = sleDays;
        ChangedAt = now.UtcDateTime;
    }

    private void CheckStrand(AllocationStrand strand, decimal days, decimal most, string what, List<string> problems)
    {
        var before = problems.Count;
        DayCount.Check(days, what, positive: false, problems);
        if (problems.Count > before)
        {
            return;
        }

        if (days > most)
        {
            problems.Add($"{what} can be at most {DayCount.Format(most)} under the trust's policy; additional days need the Director of Learning's approval.");
        }
        else if (days + Approved(strand) < Used(strand))
        {
            problems.Add($"{what} cannot be fewer than the {DayCount.Format(Used(strand))} already logged.");
        }
    }

    /// <summary>The strand's days: the allocation's own plus the approved additional days.</summary>
    public decimal Allowance(AllocationStrand strand) => Base(strand) + Approved(strand);

    /// <summary>The days logged against the strand.</summary>
    public decimal Used(AllocationStrand strand) => _logs.Where(l => l.Strand == strand).Sum(l => l.Days);

    /// <summary>The days left to log on the strand (never below 0).</summary>
    public decimal Remaining(AllocationStrand strand) => Math.Max(0, Allowance(strand) - Used(strand));

    /// <summary>The additional days approved for the strand.</summary>
    public decimal Approved(AllocationStrand strand) => _approvals.Where(a => a.Strand == strand).Sum(a => a.Days);

    /// <summary>The SLE days shared out among the SLE assignments.</summary>
    public decimal Assigned => _sleAssignments.Sum(a => a.Days);

    /// <summary>The days logged against one SLE assignment.</summary>
    public decimal UsedBy(SleAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return _logs.Where(l => l.SleAssignmentId == assignment.Id).Sum(l => l.Days);
    }

    public decimal TotalAllowance => AllocationStrands.All.Sum(Allowance);
    public decimal TotalUsed => _logs.Sum(l => l.Days);

    private decimal Base(AllocationStrand strand) => strand switch
    {
        AllocationStrand.Officer => OfficerDays,
        AllocationStrand.PerformanceManagement => PerformanceManagementDays,
        AllocationStrand.Sle => SleDays,
        _ => 0,
    };

    /// <summary>
    /// Assigns an SLE with their subject and days, or changes the subject and days of an SLE already assigned. The
    /// assignments together may not pass the SLE days plus any approved additional SLE days; an SLE's days may not fall
    /// below what they have logged.
    /// </summary>
    public SleAssignment AssignSle(Guid? sleUserId, string? subject, decimal days, DateTimeOffset now)
    {
        var problems = new List<string>();
        if (sleUserId is null || sleUserId == Guid.Empty)
        {
            problems.Add("Choose the SLE.");
        }

        var topic = Trimmed(subject);
        if (topic is null)
        {
            problems.Add("Give the subject the SLE supports.");
        }
        else if (topic.Length > SleAssignment.SubjectLength)
        {
            problems.Add($"The subject can be at most {SleAssignment.SubjectLength} characters.");
        }

        DayCount.Check(days, "The SLE's days", positive: true, problems);
        Refuse(problems);

        var existing = _sleAssignments.FirstOrDefault(a => a.SleUserId == sleUserId);
        var others = Assigned - (existing?.Days ?? 0);
        var allowance = Allowance(AllocationStrand.Sle);
        if (others + days > allowance)
        {
            problems.Add(
                $"This would assign {DayCount.Format(others + days)} of the school's {DayCount.Format(allowance)} SLE days; additional SLE days need the Director of Learning's approval.");
        }

        if (existing is not null && days < UsedBy(existing))
        {
            problems.Add($"This SLE has already logged {DayCount.Format(UsedBy(existing))} days: their days cannot be fewer.");
        }

        Refuse(problems);
        ChangedAt = now.UtcDateTime;
        if (existing is not null)
        {
            existing.Change(topic!, days);
            return existing;
        }

        var assignment = new SleAssignment(Id, sleUserId!.Value, topic!, days);
        _sleAssignments.Add(assignment);
        return assignment;
    }

    /// <summary>
    /// The Director of Learning approves additional days on a strand, with a reason. Additional SLE days only when the
    /// trust's policy gives them to schools with the greatest need (<paramref name="policy"/>).
    /// </summary>
    public AdditionalDaysApproval ApproveAdditionalDays(AllocationStrand strand, decimal days, string? reason, Guid approvedBy, AllocationPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<string>();
        if (!Enum.IsDefined(strand))
        {
            problems.Add("Choose the days the approval is for.");
        }
        else if (strand == AllocationStrand.Sle && !policy.AdditionalSleDaysForGreatestNeed)
        {
            problems.Add("The trust's policy gives no additional SLE days.");
        }

        DayCount.Check(days, "Additional days", positive: true, problems);
        var why = Trimmed(reason);
        if (why is null)
        {
            problems.Add("Give the reason for the additional days.");
        }
        else if (why.Length > AdditionalDaysApproval.ReasonLength)
        {
            problems.Add($"The reason can be at most {AdditionalDaysApproval.ReasonLength:N0} characters.");
        }

        Refuse(problems);
        var approval = new AdditionalDaysApproval(Id, strand, days, why!, approvedBy, now);
        _approvals.Add(approval);
        ChangedAt = now.UtcDateTime;
        return approval;
    }

    /// <summary>
    /// Logs days spent with the school. Refused (a message for the user) when the person is not the strand's assignee
    /// (the officer for officer and performance-management days; an assigned SLE for SLE days), when the days are not
    /// half-day steps above 0, when the date is outside the academic year, without an activity, or when the days would
    /// pass the strand's allowance (for an SLE, their assignment's days) with the approved additional days.
    /// </summary>
    public DayLog Log(Guid personUserId, AllocationStrand strand, DateOnly on, decimal days, string activity, VisitMode mode, Guid? visitId, DateTimeOffset now)
    {
        if (!Enum.IsDefined(strand))
        {
            throw new DomainException("Choose the days to log: improvement lead, performance management or SLE.");
        }

        var assignment = strand == AllocationStrand.Sle ? _sleAssignments.FirstOrDefault(a => a.SleUserId == personUserId) : null;
        var isAssignee = strand == AllocationStrand.Sle ? assignment is not null : personUserId == OfficerUserId;
        if (!isAssignee)
        {
            throw new DomainException(strand == AllocationStrand.Sle
                ? $"You are not an SLE assigned to this school for {Year}: days are logged against your own assignment."
                : $"Only the school's improvement lead for {Year} logs {strand.Noun()} on this allocation.");
        }

        var problems = new List<string>();
        DayCount.Check(days, "Days", positive: true, problems);
        if (on < Year.FirstDay || on > Year.LastDay)
        {
            problems.Add($"The date must be in the academic year {Year} (1 September {AcademicYear} to 31 August {AcademicYear + 1}).");
        }

        var what = Trimmed(activity);
        if (what is null)
        {
            problems.Add("Say what the days were spent on.");
        }
        else if (what.Length > DayLog.ActivityLength)
        {
            problems.Add($"The activity can be at most {DayLog.ActivityLength:N0} characters.");
        }

        if (!Enum.IsDefined(mode))
        {
            problems.Add("Say whether the time was in person or online.");
        }

        Refuse(problems);
        if (assignment is not null)
        {
            var after = UsedBy(assignment) + days;
            if (after > assignment.Days)
            {
                throw new DomainException(
                    $"This would take your SLE assignment to {DayCount.Format(after)} of {DayCount.Format(assignment.Days)} days; more days need a larger assignment, and additional SLE days need the Director of Learning's approval.");
            }
        }
        else
        {
            var after = Used(strand) + days;
            if (after > Allowance(strand))
            {
                throw new DomainException(
                    $"This would take the school to {DayCount.Format(after)} of {DayCount.Format(Allowance(strand))} {strand.Noun()}; additional days need the Director of Learning's approval.");
            }
        }

        var log = new DayLog(Id, SchoolId, personUserId, strand, assignment?.Id, on, days, what!, mode, visitId, now);
        _logs.Add(log);
        ChangedAt = now.UtcDateTime;
        return log;
    }

    private static void Refuse(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
