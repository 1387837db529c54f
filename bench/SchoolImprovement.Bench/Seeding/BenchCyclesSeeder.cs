using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Bench.Seeding;

/// <summary>
/// Issue 11's due list at scale: for every grown school, an appraisal on record (every third one overdue) and, where the
/// trust tracks them, a development review and (church schools) a SIAMS preparation visit; the trust's terms of reference
/// reviews. Made through the domain, as the pages would; the caller saves.
/// </summary>
public static class BenchCyclesSeeder
{
    public static void AddFor(PortalDbContext db, IReadOnlyList<School> schools, PolicyContent policy, Guid officer, Guid ceo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(policy);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i].Id;
            db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(
                DueKind.HeadteacherAppraisal, school, today.AddMonths(i % 3 == 0 ? -20 : -(1 + (i % 10))), ReviewLead.CentralTeam, "Bench Officer", [], null, officer, now, today));
            if (policy.Uses(PolicyCapability.DevelopmentReviews))
            {
                db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(
                    DueKind.DevelopmentReview, school, today.AddMonths(-(1 + (i % 30))), ReviewLead.SchoolStaff, "Bench Head", ["Bench Deputy"], "Bench review.", officer, now, today));
            }

            if (policy.Uses(PolicyCapability.SiamsPreparation) && !string.IsNullOrWhiteSpace(schools[i].ChurchDesignation))
            {
                db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(
                    DueKind.SiamsPreparation, school, today.AddMonths(-(1 + (i % 30))), ReviewLead.ExternalPartner, "Bench Diocese", [], null, officer, now, today));
            }
        }

        if (policy.Uses(PolicyCapability.Boards) && policy.Cycles.TermsOfReferenceReviewMonths is not null)
        {
            // The first kind's annual review is a month overdue, so the due list and the committee pack have one to show.
            foreach (var (kind, index) in policy.BoardKinds.Select((k, i) => (k, i)))
            {
                var heldOn = today.AddMonths(index == 0 ? -13 : -3);
                db.ReviewOccurrences.Add(ReviewOccurrence.ForTermsOfReference(kind, heldOn, ReviewLead.CentralTeam, "Bench Clerk", [], $"{kind.Label()} reviewed.", ceo, now, today));
            }
        }
    }
}
