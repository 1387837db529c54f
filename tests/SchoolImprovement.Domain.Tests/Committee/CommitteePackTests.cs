using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.Committee;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Committee;

/// <summary>Publishing a pack as an immutable snapshot, and correcting it with a new version.</summary>
public sealed class CommitteePackTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Clerk = Guid.NewGuid();

    private static CommitteeMeeting Meeting() => CommitteeMeeting.Schedule(Today.AddDays(14), false, Clerk, Today, Now);

    private static PackContent Content(DateOnly meetingOn, string schoolName = "Alpha Primary") =>
        new("Test Trust", meetingOn, Now.UtcDateTime, null,
        [
            new PackSection(PackSectionKind.TrustSummary, "Trust summary", "1 school.", ["One change."], [],
                [new PackTable("Schools", ["School", "Category"], [new PackRow(Guid.NewGuid(), [new PackCell(schoolName), new PackCell("Red", Rag.Red)])])],
                [new PackChart("KS2", "%", [new PackBar("RWM", 61.5m, 60m, 65m)])]),
        ]);

    [Fact]
    public void Version_1_stores_the_content_as_json_with_its_hash()
    {
        var meeting = Meeting();
        var content = Content(meeting.MeetingOn);

        var pack = CommitteePack.Publish(meeting, content, null, Clerk, Now);

        Assert.Equal(1, pack.Number);
        Assert.Equal(meeting.Id, pack.MeetingId);
        Assert.Null(pack.CorrectionReason);
        Assert.Equal(PackSnapshot.Serialize(content), pack.ContentJson);
        Assert.Equal(PackSnapshot.Hash(pack.ContentJson), pack.ContentHash);
        Assert.Equal(64, pack.ContentHash.Length);
        Assert.True(pack.IsIntact);
        Assert.Equal("Alpha Primary", pack.Content().Sections[0].Tables[0].Rows[0].Cells[0].Text);
        Assert.Equal(Rag.Red, pack.Content().Sections[0].Tables[0].Rows[0].Cells[1].Rag);
    }

    [Fact]
    public void Publishing_again_is_refused_and_names_the_correction()
    {
        var meeting = Meeting();

        var e = Assert.Throws<DomainException>(() => CommitteePack.Publish(meeting, Content(meeting.MeetingOn), 1, Clerk, Now));

        Assert.Contains("publish a correction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_is_the_next_version_with_its_reason()
    {
        var meeting = Meeting();

        var pack = CommitteePack.Correct(meeting, Content(meeting.MeetingOn, "Alpha Primary Academy"), 2, "  The school's name was wrong.  ", Clerk, Now);

        Assert.Equal(3, pack.Number);
        Assert.Equal("The school's name was wrong.", pack.CorrectionReason);
        Assert.NotEqual(CommitteePack.Publish(meeting, Content(meeting.MeetingOn), null, Clerk, Now).ContentHash, pack.ContentHash);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_correction_without_a_reason_is_refused(string? reason)
    {
        var meeting = Meeting();

        var e = Assert.Throws<DomainException>(() => CommitteePack.Correct(meeting, Content(meeting.MeetingOn), 1, reason, Clerk, Now));

        Assert.Contains("Say why", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_before_version_1_is_refused()
    {
        var meeting = Meeting();

        Assert.Throws<DomainException>(() => CommitteePack.Correct(meeting, Content(meeting.MeetingOn), null, "Reason", Clerk, Now));
    }

    [Fact]
    public void A_cancelled_meeting_takes_no_pack()
    {
        var meeting = Meeting();
        meeting.Cancel(Today);

        Assert.Throws<DomainException>(() => CommitteePack.Publish(meeting, Content(meeting.MeetingOn), null, Clerk, Now));
        Assert.Throws<DomainException>(() => CommitteePack.Correct(meeting, Content(meeting.MeetingOn), 1, "Reason", Clerk, Now));
    }

    [Fact]
    public void Content_built_for_another_meeting_is_not_published()
    {
        var meeting = Meeting();

        Assert.Throws<InvalidOperationException>(() => CommitteePack.Publish(meeting, Content(meeting.MeetingOn.AddDays(1)), null, Clerk, Now));
    }

    [Fact]
    public void Every_property_has_a_private_setter_so_a_pack_cannot_be_changed_in_code()
    {
        Assert.All(typeof(CommitteePack).GetProperties(), p => Assert.True(p.SetMethod is null || p.SetMethod.IsPrivate, $"{p.Name} can be set."));
    }
}
