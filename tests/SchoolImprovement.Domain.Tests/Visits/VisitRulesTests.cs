using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Domain.Visits;

namespace SchoolImprovement.Domain.Tests.Visits;

/// <summary>An improvement visit's rules: a draft is edited until published; publishing makes the agreed actions; the headteacher responds once; a dispute needs a comment; days in half-day steps.</summary>
public sealed class VisitRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Head = Guid.NewGuid();

    private static VisitNote Note(
        string? notes = "Phonics teaching is consistent in Reception.", decimal? days = 1m, DateOnly? on = null, params VisitAgreedAction[] actions) =>
        new(on ?? Today.AddDays(-1), VisitMode.InPerson, "Review of reading", ["Reading", " Phonics ", "reading"], notes, "Leaders know the school well.", days, actions);

    private static ImprovementVisit Drafted(VisitNote? note = null) => ImprovementVisit.Draft(School, Officer, note ?? Note(), Today, Now);

    private static ImprovementVisit Published()
    {
        var visit = Drafted();
        visit.Publish(Today, Now);
        return visit;
    }

    [Fact]
    public void A_draft_keeps_the_note_with_trimmed_distinct_focus_areas()
    {
        var visit = Drafted();

        Assert.Equal(VisitStatus.Draft, visit.Status);
        Assert.Equal(Officer, visit.OfficerUserId);
        Assert.Equal(["Reading", "Phonics"], visit.FocusAreas);
        Assert.Equal(1m, visit.Days);
        Assert.Null(visit.PublishedOn);
        Assert.Null(visit.Response);
    }

    [Fact]
    public void A_draft_needs_a_purpose_and_cannot_be_in_the_future()
    {
        var note = Note(on: Today.AddDays(1)) with { Purpose = " " };

        var refused = Assert.Throws<DomainException>(() => Drafted(note));

        Assert.Contains("Give the purpose of the visit.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("future date", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1")]
    [InlineData("1.5")]
    [InlineData("10")]
    public void Days_in_half_day_steps_are_kept(string days)
    {
        var value = decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, Drafted(Note(days: value)).Days);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.25")]
    [InlineData("1.2")]
    [InlineData("10.5")]
    public void Days_off_half_day_steps_or_not_above_zero_are_refused(string days)
    {
        var value = decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture);
        var refused = Assert.Throws<DomainException>(() => Drafted(Note(days: value)));
        Assert.Contains("half days", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreed_action_needs_an_owner()
    {
        var refused = Assert.Throws<DomainException>(() => Drafted(Note(actions: [new VisitAgreedAction("Plan phonics CPD", null, null, Today.AddDays(30))])));
        Assert.Contains("needs an owner", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_is_edited_until_published_and_not_after()
    {
        var visit = Drafted(Note(notes: null));
        visit.Revise(Note(notes: "Written later.", days: 0.5m), Today);
        Assert.Equal("Written later.", visit.Notes);
        Assert.Equal(0.5m, visit.Days);

        visit.Publish(Today, Now);

        var refused = Assert.Throws<DomainException>(() => visit.Revise(Note(notes: "Changed after publishing"), Today));
        Assert.Contains("publish a correction as a new visit", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Written later.", visit.Notes);
    }

    [Fact]
    public void Publishing_makes_the_agreed_actions_tracker_actions_sourced_to_the_visit()
    {
        var due = Today.AddDays(30);
        var visit = Drafted(Note(actions: [new VisitAgreedAction("Plan phonics CPD", "Headteacher", null, due), new VisitAgreedAction("Share the reading audit", null, Head, due)]));

        var actions = visit.Publish(Today, Now);

        Assert.Equal(VisitStatus.Published, visit.Status);
        Assert.Equal(Today, visit.PublishedOn);
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a =>
        {
            Assert.Equal(ActionSource.Visit, a.Source);
            Assert.Equal(visit.Id, a.SourceId);
            Assert.Equal(School, a.SchoolId);
            Assert.Equal(due, a.DueOn);
        });
        Assert.Equal(Head, actions[1].OwnerUserId);
    }

    [Fact]
    public void Publishing_needs_the_notes_and_no_action_due_before_today_and_happens_once()
    {
        var noNotes = Drafted(Note(notes: null));
        Assert.Contains("Write the visit note", Assert.Throws<DomainException>(() => noNotes.Publish(Today, Now)).Message, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Draft, noNotes.Status);

        var stale = Drafted(Note(on: Today.AddDays(-20), actions: [new VisitAgreedAction("Old action", "Headteacher", null, Today.AddDays(-2))]));
        Assert.Contains("is due before today", Assert.Throws<DomainException>(() => stale.Publish(Today, Now)).Message, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Draft, stale.Status);

        var visit = Published();
        Assert.Throws<DomainException>(() => visit.Publish(Today, Now));
    }

    [Fact]
    public void The_headteacher_confirms_a_published_note_once()
    {
        var visit = Published();

        visit.Respond(Head, true, VisitResponse.Confirmed, null, Now);

        Assert.Equal(VisitResponse.Confirmed, visit.Response);
        Assert.Equal(Head, visit.RespondedBy);
        Assert.Null(visit.ResponseComment);
        var again = Assert.Throws<DomainException>(() => visit.Respond(Head, true, VisitResponse.Disputed, "Changed my mind", Now));
        Assert.Contains("already been confirmed", again.Message, StringComparison.Ordinal);
        Assert.Equal(VisitResponse.Confirmed, visit.Response);
    }

    [Fact]
    public void A_dispute_needs_a_comment_and_stays_on_record()
    {
        var visit = Published();

        var refused = Assert.Throws<DomainException>(() => visit.Respond(Head, true, VisitResponse.Disputed, "  ", Now));
        Assert.Contains("needs a comment", refused.Message, StringComparison.Ordinal);
        Assert.Null(visit.Response);

        visit.Respond(Head, true, VisitResponse.Disputed, "The Year 2 lesson was not observed.", Now);
        Assert.Equal(VisitResponse.Disputed, visit.Response);
        Assert.Equal("The Year 2 lesson was not observed.", visit.ResponseComment);
        Assert.Throws<DomainException>(() => visit.Respond(Head, true, VisitResponse.Confirmed, null, Now));
        Assert.Equal(VisitResponse.Disputed, visit.Response);
    }

    [Fact]
    public void A_draft_cannot_be_answered_and_only_a_headteacher_of_the_school_answers()
    {
        var draft = Drafted();
        Assert.Contains("Only a published", Assert.Throws<DomainException>(() => draft.Respond(Head, true, VisitResponse.Confirmed, null, Now)).Message, StringComparison.Ordinal);

        var visit = Published();
        Assert.Contains("Only a headteacher of the school", Assert.Throws<DomainException>(() => visit.Respond(Officer, false, VisitResponse.Confirmed, null, Now)).Message, StringComparison.Ordinal);
        Assert.Null(visit.Response);
    }

    [Theory]
    [InlineData("0.5", true)]
    [InlineData("2", true)]
    [InlineData("0", false)]
    [InlineData("0.75", false)]
    public void Half_day_steps(string days, bool expected) =>
        Assert.Equal(expected, ImprovementVisit.IsHalfDaySteps(decimal.Parse(days, System.Globalization.CultureInfo.InvariantCulture)));
}
