using SchoolImprovement.Domain.Allocations;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo day allocations (Vine policy §4) for a trust whose policy uses them (the Vine demo trust): the current academic
/// year's allocation, with the policy's days, for each of <see cref="SchoolUrns"/>, led by the demo officer and partly
/// used; the demo SLE assigned to <see cref="SleSchoolUrn"/> (a school they are already tied to) with some days logged;
/// and on <see cref="OverAllocatedUrn"/> the officer's days spent and more approved by the demo Director of Learning,
/// some of them logged too. Never 290001, which tests use. Adds only; the caller saves.
/// </summary>
public static class DemoAllocations
{
    public static readonly IReadOnlyList<int> SchoolUrns = [290002, 290003, 290004, 290005, 290006];

    public const int SleSchoolUrn = 290002;

    public const int OverAllocatedUrn = 290004;

    public static void AddFor(PortalDbContext db, PolicyContent policy, IReadOnlyList<School> schools, Guid officer, Guid sle, Guid director, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schools);
        if (!policy.Uses(PolicyCapability.DayAllocations) || policy.Allocations is not { } days)
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var year = AcademicYear.Containing(today);
        // Days logged so far this year: spread over the weeks since 1 September, never after today.
        DateOnly Day(int weeks) => year.FirstDay.AddDays(7 * weeks) is var on && on <= today ? on : today;

        var step = 0;
        foreach (var urn in SchoolUrns)
        {
            var school = schools.FirstOrDefault(s => s.Urn == urn);
            if (school is null)
            {
                continue;
            }

            var allocation = DayAllocation.Set(school.Id, year, officer, days.OfficerDaysPerYear, days.PerformanceManagementDays, days.SleDaysPerYear, days, now);
            allocation.Log(officer, AllocationStrand.Officer, Day(1 + step), 1m, "Start-of-year meeting with the headteacher: priorities and the school improvement plan", VisitMode.InPerson, null, now);
            allocation.Log(officer, AllocationStrand.Officer, Day(5 + step), 0.5m, "Review of the autumn data drop", VisitMode.Online, null, now);
            if (urn == SleSchoolUrn && days.SleDaysPerYear >= 3m)
            {
                allocation.AssignSle(sle, "Mathematics", 3m, now);
                allocation.Log(sle, AllocationStrand.Sle, Day(3), 1m, "Maths lesson study with the Year 5 and 6 teachers", VisitMode.InPerson, null, now);
                allocation.Log(sle, AllocationStrand.Sle, Day(6), 0.5m, "Follow-up on the lesson study", VisitMode.Online, null, now);
            }

            if (urn == OverAllocatedUrn)
            {
                allocation.Log(officer, AllocationStrand.PerformanceManagement, Day(4), Math.Min(1m, days.PerformanceManagementDays), "Headteacher's performance management review", VisitMode.InPerson, null, now);
                for (var week = 7; allocation.Remaining(AllocationStrand.Officer) > 0; week++)
                {
                    allocation.Log(
                        officer, AllocationStrand.Officer, Day(week), Math.Min(1m, allocation.Remaining(AllocationStrand.Officer)),
                        "Support for the new leadership team", week % 2 == 0 ? VisitMode.Online : VisitMode.InPerson, null, now);
                }

                allocation.ApproveAdditionalDays(
                    AllocationStrand.Officer, 1.5m, "Ofsted is expected this year and the leadership team is new: more improvement lead days until the inspection.", director, days, now);
                allocation.Log(officer, AllocationStrand.Officer, Day(20), 1m, "Pre-inspection review of safeguarding and the curriculum", VisitMode.InPerson, null, now);
            }

            db.DayAllocations.Add(allocation);
            step++;
        }
    }
}
