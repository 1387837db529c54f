using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Visits;
using AllocationPolicy = SchoolImprovement.Domain.Policy.Allocations;

// "DayAllocations", as in the web tests, where a namespace "…Tests.Allocations" would hide the policy's Allocations record.
namespace SchoolImprovement.Domain.Tests.DayAllocations;

/// <summary>
/// A school's support days for an academic year (Vine §4): 7.5 improvement-lead days, one performance-management day
/// and up to 9 SLE days; the Director of Learning's approval raises a strand's cap; days logged in half-day steps, by the
/// strand's own assignee, within the academic year.
/// </summary>
public sealed class DayAllocationTests
{
    private static readonly AllocationPolicy Vine = new(7.5m, 1m, 9m, AdditionalSleDaysForGreatestNeed: true);
    private static readonly AcademicYear Year = new(2026);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Sle = Guid.NewGuid();
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly DateOnly InYear = new(2026, 11, 20);

    private static DayAllocation Allocation(decimal officerDays = 7.5m, decimal pmDays = 1m, decimal sleDays = 9m) =>
        DayAllocation.Set(Guid.NewGuid(), Year, Officer, officerDays, pmDays, sleDays, Vine, Now);

    private static DayLog LogOfficer(DayAllocation allocation, decimal days, DateOnly? on = null) =>
        allocation.Log(Officer, AllocationStrand.Officer, on ?? InYear, days, "Termly review visit", VisitMode.InPerson, null, Now);

    [Fact]
    public void A_new_allocation_has_the_policy_days_as_its_allowance_and_nothing_used()
    {
        var allocation = Allocation();

        Assert.Equal(7.5m, allocation.Allowance(AllocationStrand.Officer));
        Assert.Equal(1m, allocation.Allowance(AllocationStrand.PerformanceManagement));
        Assert.Equal(9m, allocation.Allowance(AllocationStrand.Sle));
        Assert.Equal(0m, allocation.Used(AllocationStrand.Officer));
        Assert.Equal(7.5m, allocation.Remaining(AllocationStrand.Officer));
        Assert.Equal(2026, allocation.AcademicYear);
    }

    [Theory]
    [InlineData(8, 1, 9, "Improvement lead days can be at most 7.5")]
    [InlineData(7.5, 1.5, 9, "Performance-management days can be at most 1")]
    [InlineData(7.5, 1, 9.5, "SLE days can be at most 9")]
    [InlineData(7.25, 1, 9, "half days")]
    [InlineData(-1, 1, 9, "cannot be negative")]
    public void Setting_more_days_than_the_policy_gives_or_days_off_half_day_steps_is_refused(decimal officer, decimal pm, decimal sle, string expected)
    {
        var refused = Assert.Throws<DomainException>(() => Allocation(officer, pm, sle));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_an_allocation_without_an_officer_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => DayAllocation.Set(Guid.NewGuid(), Year, null, 7.5m, 1m, 9m, Vine, Now));

        Assert.Contains("Choose the improvement lead", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_allocation_for_the_school_and_year_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => DayAllocation.EnsureNoneFor(true, Year));

        Assert.Contains("already has an allocation for 2026/27", refused.Message, StringComparison.Ordinal);
        DayAllocation.EnsureNoneFor(false, Year);
    }

    [Fact]
    public void The_officer_logs_up_to_the_cap_in_half_day_steps_and_one_half_day_more_is_refused()
    {
        var allocation = Allocation();
        LogOfficer(allocation, 3m);
        LogOfficer(allocation, 4.5m);

        var refused = Assert.Throws<DomainException>(() => LogOfficer(allocation, 0.5m));

        Assert.Equal(
            "This would take the school to 8 of 7.5 officer days; additional days need the Director of Learning's approval.",
            refused.Message);
        Assert.Equal(7.5m, allocation.Used(AllocationStrand.Officer));
        Assert.Equal(0m, allocation.Remaining(AllocationStrand.Officer));
        Assert.Equal(2, allocation.Logs.Count);
    }

    [Fact]
    public void Each_strand_has_its_own_cap()
    {
        var allocation = Allocation();
        LogOfficer(allocation, 7.5m);

        // The officer's days are spent; the performance-management day is still there, and only one.
        allocation.Log(Officer, AllocationStrand.PerformanceManagement, InYear, 1m, "Headteacher's performance management", VisitMode.InPerson, null, Now);
        var refused = Assert.Throws<DomainException>(() =>
            allocation.Log(Officer, AllocationStrand.PerformanceManagement, InYear, 0.5m, "Follow-up", VisitMode.Online, null, Now));

        Assert.Contains("1.5 of 1 performance-management days", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1m, allocation.Used(AllocationStrand.PerformanceManagement));
        Assert.Equal(7.5m, allocation.Used(AllocationStrand.Officer));
    }

    [Fact]
    public void An_approval_of_additional_days_raises_the_cap_of_its_strand_only()
    {
        var allocation = Allocation();
        LogOfficer(allocation, 7.5m);

        var approval = allocation.ApproveAdditionalDays(AllocationStrand.Officer, 1m, "Ofsted expected this term", Director, Vine, Now);
        LogOfficer(allocation, 1m);

        Assert.Equal(8.5m, allocation.Allowance(AllocationStrand.Officer));
        Assert.Equal(8.5m, allocation.Used(AllocationStrand.Officer));
        Assert.Equal(9m, allocation.Allowance(AllocationStrand.Sle));
        Assert.Equal(Director, approval.ApprovedBy);
        Assert.Equal("Ofsted expected this term", approval.Reason);
        Assert.Throws<DomainException>(() => LogOfficer(allocation, 0.5m));
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(1.2)]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void Days_not_in_half_day_steps_above_zero_are_refused(decimal days)
    {
        var allocation = Allocation();

        Assert.Throws<DomainException>(() => LogOfficer(allocation, days));
        Assert.Empty(allocation.Logs);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(1.5)]
    [InlineData(2)]
    public void Half_day_steps_are_logged(decimal days)
    {
        var allocation = Allocation();

        var log = LogOfficer(allocation, days);

        Assert.Equal(days, log.Days);
        Assert.Equal(days, allocation.Used(AllocationStrand.Officer));
    }

    [Fact]
    public void Someone_who_is_not_the_officer_cannot_log_officer_or_performance_management_days()
    {
        var allocation = Allocation();
        var other = Guid.NewGuid();

        var officerDays = Assert.Throws<DomainException>(() => allocation.Log(other, AllocationStrand.Officer, InYear, 1m, "Visit", VisitMode.InPerson, null, Now));
        var pmDays = Assert.Throws<DomainException>(() => allocation.Log(other, AllocationStrand.PerformanceManagement, InYear, 1m, "PM", VisitMode.InPerson, null, Now));

        Assert.Contains("Only the school's improvement lead", officerDays.Message, StringComparison.Ordinal);
        Assert.Contains("Only the school's improvement lead", pmDays.Message, StringComparison.Ordinal);
        Assert.Empty(allocation.Logs);
    }

    [Fact]
    public void The_officer_cannot_log_sle_days_and_an_sle_logs_only_against_their_own_assignment()
    {
        var allocation = Allocation();
        allocation.AssignSle(Sle, "Mathematics", 3m, Now);

        var byOfficer = Assert.Throws<DomainException>(() => allocation.Log(Officer, AllocationStrand.Sle, InYear, 1m, "Maths", VisitMode.InPerson, null, Now));
        var bySle = allocation.Log(Sle, AllocationStrand.Sle, InYear, 1m, "Maths lesson study", VisitMode.Online, null, Now);
        var sleAsOfficer = Assert.Throws<DomainException>(() => allocation.Log(Sle, AllocationStrand.Officer, InYear, 1m, "Maths", VisitMode.InPerson, null, Now));

        Assert.Contains("not an SLE assigned to this school", byOfficer.Message, StringComparison.Ordinal);
        Assert.Contains("Only the school's improvement lead", sleAsOfficer.Message, StringComparison.Ordinal);
        Assert.Equal(allocation.SleAssignments[0].Id, bySle.SleAssignmentId);
        Assert.Single(allocation.Logs);
    }

    [Fact]
    public void An_sle_logs_up_to_their_assignment_days()
    {
        var allocation = Allocation();
        var assignment = allocation.AssignSle(Sle, "English", 2m, Now);
        allocation.Log(Sle, AllocationStrand.Sle, InYear, 2m, "Writing moderation", VisitMode.InPerson, null, Now);

        var refused = Assert.Throws<DomainException>(() => allocation.Log(Sle, AllocationStrand.Sle, InYear, 0.5m, "More", VisitMode.InPerson, null, Now));

        Assert.Contains("2.5 of 2 days", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2m, allocation.UsedBy(assignment));
    }

    [Fact]
    public void Sle_assignments_share_the_sle_days_and_an_approval_lets_more_be_assigned()
    {
        var allocation = Allocation();
        allocation.AssignSle(Sle, "Mathematics", 6m, Now);
        var second = Guid.NewGuid();

        var refused = Assert.Throws<DomainException>(() => allocation.AssignSle(second, "English", 3.5m, Now));
        allocation.ApproveAdditionalDays(AllocationStrand.Sle, 2m, "Greatest need: new leadership team", Director, Vine, Now);
        allocation.AssignSle(second, "English", 3.5m, Now);

        Assert.Contains("9.5 of the school's 9 SLE days", refused.Message, StringComparison.Ordinal);
        Assert.Equal(9.5m, allocation.Assigned);
        Assert.Equal(11m, allocation.Allowance(AllocationStrand.Sle));
        Assert.Equal(2, allocation.SleAssignments.Count);
    }

    [Fact]
    public void Assigning_an_sle_again_changes_their_subject_and_days_but_not_below_what_they_logged()
    {
        var allocation = Allocation();
        allocation.AssignSle(Sle, "Mathematics", 3m, Now);
        allocation.Log(Sle, AllocationStrand.Sle, InYear, 2m, "Maths", VisitMode.InPerson, null, Now);

        allocation.AssignSle(Sle, "Mathematics and science", 4m, Now);
        var refused = Assert.Throws<DomainException>(() => allocation.AssignSle(Sle, "Mathematics", 1.5m, Now));

        var assignment = Assert.Single(allocation.SleAssignments);
        Assert.Equal("Mathematics and science", assignment.Subject);
        Assert.Equal(4m, assignment.Days);
        Assert.Contains("already logged 2 days", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_sle_days_are_refused_when_the_policy_gives_none_and_every_approval_needs_a_reason()
    {
        var allocation = Allocation();
        var noGreatestNeed = Vine with { AdditionalSleDaysForGreatestNeed = false };

        var sle = Assert.Throws<DomainException>(() => allocation.ApproveAdditionalDays(AllocationStrand.Sle, 1m, "Need", Director, noGreatestNeed, Now));
        var noReason = Assert.Throws<DomainException>(() => allocation.ApproveAdditionalDays(AllocationStrand.Officer, 1m, "  ", Director, Vine, Now));
        var halfStep = Assert.Throws<DomainException>(() => allocation.ApproveAdditionalDays(AllocationStrand.Officer, 0.3m, "Need", Director, Vine, Now));

        Assert.Contains("gives no additional SLE days", sle.Message, StringComparison.Ordinal);
        Assert.Contains("Give the reason", noReason.Message, StringComparison.Ordinal);
        Assert.Contains("half days", halfStep.Message, StringComparison.Ordinal);
        Assert.Empty(allocation.Approvals);
        // Officer days may still be approved when the policy gives no additional SLE days.
        allocation.ApproveAdditionalDays(AllocationStrand.Officer, 1m, "Need", Director, noGreatestNeed, Now);
        Assert.Equal(8.5m, allocation.Allowance(AllocationStrand.Officer));
    }

    [Fact]
    public void The_first_and_last_days_of_the_academic_year_are_in_it_and_the_days_either_side_are_not()
    {
        var allocation = Allocation();

        LogOfficer(allocation, 0.5m, new DateOnly(2026, 9, 1));
        LogOfficer(allocation, 0.5m, new DateOnly(2027, 8, 31));
        var before = Assert.Throws<DomainException>(() => LogOfficer(allocation, 0.5m, new DateOnly(2026, 8, 31)));
        var after = Assert.Throws<DomainException>(() => LogOfficer(allocation, 0.5m, new DateOnly(2027, 9, 1)));

        Assert.Contains("in the academic year 2026/27 (1 September 2026 to 31 August 2027)", before.Message, StringComparison.Ordinal);
        Assert.Contains("2026/27", after.Message, StringComparison.Ordinal);
        Assert.Equal(1m, allocation.Used(AllocationStrand.Officer));
    }

    [Fact]
    public void Changing_the_days_below_what_is_logged_or_assigned_is_refused()
    {
        var allocation = Allocation();
        LogOfficer(allocation, 5m);
        allocation.AssignSle(Sle, "Mathematics", 6m, Now);

        var officer = Assert.Throws<DomainException>(() => allocation.Change(Officer, 4.5m, 1m, 9m, Vine, Now));
        var sle = Assert.Throws<DomainException>(() => allocation.Change(Officer, 7.5m, 1m, 5m, Vine, Now));
        allocation.Change(Officer, 5m, 0m, 6m, Vine, Now);

        Assert.Contains("fewer than the 5 already logged", officer.Message, StringComparison.Ordinal);
        Assert.Contains("fewer than the 6 already assigned", sle.Message, StringComparison.Ordinal);
        Assert.Equal(5m, allocation.Allowance(AllocationStrand.Officer));
        Assert.Equal(0m, allocation.Allowance(AllocationStrand.PerformanceManagement));
    }

    [Fact]
    public void A_visit_logs_its_days_with_its_id_and_every_change_touches_the_allocation()
    {
        var allocation = Allocation();
        var visit = Guid.NewGuid();
        var later = Now.AddHours(2);

        var log = allocation.Log(Officer, AllocationStrand.Officer, InYear, 1m, "Improvement visit", VisitMode.Online, visit, later);

        Assert.Equal(visit, log.VisitId);
        Assert.Equal(allocation.SchoolId, log.SchoolId);
        Assert.Equal(VisitMode.Online, log.Mode);
        Assert.Equal(later.UtcDateTime, allocation.ChangedAt);
    }
}
