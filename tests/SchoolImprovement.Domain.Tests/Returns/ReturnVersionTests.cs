using SchoolImprovement.Domain.Calendar;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Returns;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Returns;

public sealed class ReturnVersionTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Officer = Guid.NewGuid();

    private static ReturnVersion Version(ReturnDocument document = ReturnDocument.Sef) =>
        new(Guid.NewGuid(), document, new AcademicYear(2026), Term.Autumn, 1, Guid.NewGuid(), Guid.NewGuid(), At, null);

    [Fact]
    public void Changes_requested_without_comments_is_refused_and_leaves_the_version_unreviewed()
    {
        var version = Version();
        var refused = Assert.Throws<DomainException>(() => version.RecordReview(ReviewOutcome.ChangesRequested, "  ", Officer, At));
        Assert.Contains("changes", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(version.Review);
        Assert.Null(version.ReviewedBy);
    }

    [Fact]
    public void A_review_records_the_outcome_comments_reviewer_and_time()
    {
        var version = Version();
        version.RecordReview(ReviewOutcome.ChangesRequested, " Add the Year 6 data. ", Officer, At.AddHours(2));
        Assert.Equal(ReviewOutcome.ChangesRequested, version.Review);
        Assert.Equal("Add the Year 6 data.", version.ReviewComments);
        Assert.Equal(Officer, version.ReviewedBy);
        Assert.Equal(At.AddHours(2).UtcDateTime, version.ReviewedAt);
    }

    [Fact]
    public void A_second_review_of_the_same_version_is_refused()
    {
        var version = Version();
        version.RecordReview(ReviewOutcome.Reviewed, null, Officer, At);
        Assert.Throws<DomainException>(() => version.RecordReview(ReviewOutcome.ChangesRequested, "More", Officer, At));
        Assert.Equal(ReviewOutcome.Reviewed, version.Review);
    }

    [Fact]
    public void Only_a_sip_is_moderated()
    {
        var sef = Version(ReturnDocument.Sef);
        Assert.Throws<DomainException>(() => sef.Moderate(ModerationOutcome.Moderated, null, Officer, At));
        Assert.Null(sef.Moderation);

        var sip = Version(ReturnDocument.Sip);
        sip.Moderate(ModerationOutcome.Moderated, null, Officer, At);
        Assert.Equal(ModerationOutcome.Moderated, sip.Moderation);
        Assert.Equal(Officer, sip.ModeratedBy);
    }

    [Fact]
    public void Changes_needed_without_notes_is_refused_and_a_second_moderation_too()
    {
        var sip = Version(ReturnDocument.Sip);
        Assert.Throws<DomainException>(() => sip.Moderate(ModerationOutcome.ChangesNeeded, "", Officer, At));
        Assert.Null(sip.Moderation);
        sip.Moderate(ModerationOutcome.ChangesNeeded, "Priorities do not match the SEF.", Officer, At);
        Assert.Throws<DomainException>(() => sip.Moderate(ModerationOutcome.Moderated, null, Officer, At));
        Assert.Equal(ModerationOutcome.ChangesNeeded, sip.Moderation);
    }

    [Fact]
    public void A_version_number_below_one_is_refused() =>
        Assert.Throws<DomainException>(() => new ReturnVersion(Guid.NewGuid(), ReturnDocument.Sef, new AcademicYear(2026), Term.Autumn, 0, Guid.NewGuid(), Guid.NewGuid(), At, null));

    [Fact]
    public void Both_templates_ask_for_the_sef_and_sip_every_term_due_thirty_days_after_it_starts()
    {
        foreach (var template in new[] { PolicyTemplates.VineSchoolsTrust(), PolicyTemplates.DerbyDiocesanAcademyTrust() })
        {
            Assert.Equal([ReturnDocument.Sef, ReturnDocument.Sip], template.ReturnRequirements.Select(r => r.Document));
            Assert.All(template.ReturnRequirements, r => Assert.Equal([Term.Autumn, Term.Spring, Term.Summer], r.Terms));
            Assert.All(template.ReturnRequirements, r => Assert.Equal(30, r.DueDaysAfterTermStart));
        }
    }

    [Fact]
    public void A_profile_with_a_document_twice_no_terms_or_due_days_out_of_range_is_refused()
    {
        var profile = new PolicyProfile(PolicyTemplates.DerbyDiocesanAcademyTrust());
        var broken = PolicyTemplates.DerbyDiocesanAcademyTrust() with
        {
            ReturnRequirements =
            [
                new(ReturnDocument.Sef, [], 30),
                new(ReturnDocument.Sef, [Term.Autumn], 120),
            ],
        };

        var refused = Assert.Throws<DomainException>(() => profile.Revise(broken));

        Assert.Contains("only once", refused.Message, StringComparison.Ordinal);
        Assert.Contains("at least one", refused.Message, StringComparison.Ordinal);
        Assert.Contains("between 0 and 90", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ReturnRequirement.Defaults.Count, profile.ReturnRequirements.Count);
    }

    [Fact]
    public void A_profile_keeps_the_requirements_it_is_given()
    {
        var profile = new PolicyProfile(PolicyTemplates.VineSchoolsTrust());
        profile.Revise(PolicyTemplates.VineSchoolsTrust() with { ReturnRequirements = [new(ReturnDocument.Sip, [Term.Summer, Term.Autumn], 14)] });
        var sip = Assert.Single(profile.ReturnRequirements);
        Assert.Equal([Term.Autumn, Term.Summer], sip.Terms);
        Assert.Equal(14, sip.DueDaysAfterTermStart);
        Assert.Null(profile.ReturnRequirementFor(ReturnDocument.Sef));
    }
}
