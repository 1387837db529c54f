using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Infrastructure.Seeding;

/// <summary>
/// Demo review cycles (issue 11 item 4): every demo school except the ones tests rely on (<see cref="Untouched"/>) gets a
/// recent occurrence of each cycle its trust tracks (development review and SIAMS preparation for Vine's church schools,
/// headteacher appraisal for both), so that none of them is overdue; the untouched schools have none, so their cycles count
/// from the day they joined and are the overdue items (Vine's development review, SIAMS preparation and appraisal at
/// 290001; DDAT's appraisal at 190001; 190010 joined on 1 September 2025, its first appraisal is due on 31 December 2026).
/// DDAT's terms of reference: the RAB's reviewed two months ago, the ILTC's fourteen months ago (overdue). Adds only; the
/// caller saves.
/// </summary>
public static class DemoCycles
{
    /// <summary>The demo schools that tests use: no demo review is recorded for them.</summary>
    public static readonly IReadOnlyList<int> Untouched = [190001, 190010, 290001];

    public static void AddFor(PortalDbContext db, PolicyContent policy, IReadOnlyList<School> schools, IReadOnlyDictionary<string, Guid> users, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(users);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var officer = users[TrustRole.SchoolImprovementOfficer];
        var cycles = policy.Cycles;
        var index = 0;
        foreach (var school in schools.Where(s => !Untouched.Contains(s.Urn) && s.ClosedOn is null).OrderBy(s => s.Urn))
        {
            index++;
            if (cycles.HeadteacherAppraisalMonths is 12)
            {
                // Held in the autumn of last academic year while this year's autumn term runs, else in this year's autumn: due by a 31 December to come.
                var year = AcademicYear.Containing(today).StartYear - (today.Month >= 9 ? 1 : 0);
                db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(
                    DueKind.HeadteacherAppraisal, school.Id, new DateOnly(year, 10, 10 + (index % 10)), ReviewLead.CentralTeam, "Demo School Improvement Officer", [],
                    "Objectives reviewed and set for the year with the local committee.", officer, now, today));
            }

            if (policy.Uses(PolicyCapability.DevelopmentReviews) && cycles.DevelopmentReviewMonths is { } reviewMonths)
            {
                db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(
                    DueKind.DevelopmentReview, school.Id, today.AddMonths(-Math.Min(reviewMonths - 3, 4 + (index * 3))), (ReviewLead)(1 + (index % 3)),
                    index % 3 == 0 ? "Essex Learning Partnership" : index % 3 == 1 ? "Demo Director of Learning" : "Demo Headteacher",
                    ["Headteacher, St Cedd's CE Primary Academy", "Deputy headteacher, Blackwater Vale CE Primary"],
                    "Curriculum, teaching and leadership reviewed. **Next steps** agreed with the headteacher.", officer, now, today));
            }

            if (policy.Uses(PolicyCapability.SiamsPreparation) && cycles.SiamsPreparationMonths is { } siamsMonths && !string.IsNullOrWhiteSpace(school.ChurchDesignation))
            {
                db.ReviewOccurrences.Add(ReviewOccurrence.ForSchool(
                    DueKind.SiamsPreparation, school.Id, today.AddMonths(-Math.Min(siamsMonths - 3, 8 + (index * 2))), ReviewLead.ExternalPartner, "Diocese of Chelmsford adviser", [],
                    "Collective worship and the school's Christian vision reviewed ahead of SIAMS.", officer, now, today));
            }
        }

        if (policy.Uses(PolicyCapability.Boards) && cycles.TermsOfReferenceReviewMonths is { } torMonths && policy.BoardKinds.Count > 0)
        {
            var ceo = users[TrustRole.Ceo];
            for (var i = 0; i < policy.BoardKinds.Count; i++)
            {
                // The last board kind's review is overdue; the others are current.
                var held = i == policy.BoardKinds.Count - 1 ? today.AddMonths(-(torMonths + 2)) : today.AddMonths(-2);
                db.ReviewOccurrences.Add(ReviewOccurrence.ForTermsOfReference(
                    policy.BoardKinds[i], held, ReviewLead.CentralTeam, "Demo Governance Professional", ["Demo CEO"],
                    $"{policy.BoardKinds[i].Label()} terms of reference reviewed; no changes.", ceo, now, today));
            }
        }
    }
}
