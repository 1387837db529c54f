using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.DueDiligence;

public sealed class DueDiligenceIntegrationMeetingTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Ceo = Guid.NewGuid();

    private static DueDiligenceAssessment Assessment(bool complete)
    {
        var details = new DueDiligenceDetails("Danbury Common CE Primary", 290010, "Head", "Chair", "At the school", "CEO");
        var assessment = DueDiligenceAssessment.Start(details, Ceo, Now.AddDays(-30));
        assessment.Record(details, new DueDiligenceNarrative(null, null, null, null), [.. DueDiligenceAreas.All.Select(a => new DueDiligenceRating(a, Rag.Green, null))]);
        if (complete)
        {
            assessment.Complete(new SchoolDetails(290010, "x", "Primary", "Academy converter", "Essex", null, null, null, default),
                "Secure", PolicyTemplates.VineSchoolsTrust().Categories, Ceo, Today.AddDays(-7), Today);
        }

        return assessment;
    }

    [Fact]
    public void The_meeting_is_for_the_school_the_completed_due_diligence_made_with_who_met()
    {
        var assessment = Assessment(complete: true);

        var meeting = IntegrationMeeting.Record(assessment, Today, [IntegrationAttendee.DirectorOfLearning, IntegrationAttendee.Headteacher, IntegrationAttendee.Headteacher], " Plan ", Ceo, Today, Now);

        Assert.Equal(assessment.SchoolId, meeting.SchoolId);
        Assert.Equal(assessment.Id, meeting.AssessmentId);
        Assert.Equal([IntegrationAttendee.Headteacher, IntegrationAttendee.DirectorOfLearning], meeting.Attendees);
        Assert.Equal("Plan", meeting.Notes);
    }

    [Fact]
    public void A_meeting_before_completion_without_attendees_or_in_the_future_is_refused()
    {
        Assert.Throws<DomainException>(() => IntegrationMeeting.Record(Assessment(complete: false), Today, [IntegrationAttendee.Headteacher], null, Ceo, Today, Now));
        var completed = Assessment(complete: true);
        var refused = Assert.Throws<DomainException>(() => IntegrationMeeting.Record(completed, Today.AddDays(1), [], null, Ceo, Today, Now));
        Assert.Contains("Say who met", refused.Message, StringComparison.Ordinal);
        Assert.Contains("future date", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => IntegrationMeeting.Record(completed, Today.AddDays(-8), [IntegrationAttendee.Headteacher], null, Ceo, Today, Now));
    }

    [Fact]
    public void The_attendees_are_those_vine_section_5_names()
    {
        Assert.Equal(
            ["Headteacher", "Chief Executive Officer (CEO)", "Chief Operating Officer (COO)", "Director of Learning (DOL)", "Vision and Governance Lead (VGL)"],
            IntegrationAttendees.All.Select(a => a.Label()));
    }
}
