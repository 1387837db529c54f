using SchoolImprovement.Domain.Assessment;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.DueDiligence;

public sealed class DueDiligenceAssessmentTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly IReadOnlyList<CategoryDefinition> Scheme = PolicyTemplates.VineSchoolsTrust().Categories;

    private static readonly DueDiligenceDetails Head =
        new("Danbury Common CE Primary", 290010, "Mrs A. Harding", "Revd P. Okafor", "10 November, 9:30, at the school", "CEO and DOL");

    private static SchoolDetails Register(int urn = 290010) =>
        new(urn, "ignored: the assessment's name", "Primary", "Academy converter", "Essex", "Church of England", "Diocese of Chelmsford", 180, default);

    private static DueDiligenceAssessment Started(DueDiligenceDetails? details = null) =>
        DueDiligenceAssessment.Start(details ?? Head, Director, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private static DueDiligenceAssessment AllRated(Rag rag = Rag.Green)
    {
        var assessment = Started();
        assessment.Record(Head, new DueDiligenceNarrative(null, null, null, null), [.. DueDiligenceAreas.All.Select(a => new DueDiligenceRating(a, rag, null))]);
        return assessment;
    }

    [Fact]
    public void The_areas_are_the_six_academic_then_the_ten_financial_areas_of_appendix_A_in_the_template_order()
    {
        Assert.Equal(
            ["Vision and Governance", "Development and Strategic Planning", "Curriculum Development", "Admissions Marketing / Communications strategy",
             "Safeguarding", "Academic Attainment and Progress"],
            DueDiligenceAreas.Of(DueDiligenceStrand.Academic).Select(a => a.Label()));
        Assert.Equal(
            ["General Information", "Finance", "Staffing", "Governance", "Skills Matrix", "Contracts", "Capital", "Related Party Transactions", "Premises", "Other"],
            DueDiligenceAreas.Of(DueDiligenceStrand.Financial).Select(a => a.Label()));
        Assert.Equal([.. DueDiligenceAreas.Of(DueDiligenceStrand.Academic), .. DueDiligenceAreas.Of(DueDiligenceStrand.Financial)], DueDiligenceAreas.All);
    }

    [Fact]
    public void Starting_makes_every_area_of_the_template_unrated_in_its_strand()
    {
        var assessment = Started();

        Assert.Equal(DueDiligenceStatus.InProgress, assessment.Status);
        Assert.Equal(DueDiligenceAreas.All, assessment.Areas.Select(a => a.Area));
        Assert.All(assessment.Areas, a => Assert.Null(a.Rag));
        Assert.All(assessment.Areas, a => Assert.Equal(a.Area.Strand(), a.Strand));
        Assert.Equal(6, assessment.Areas.Count(a => a.Strand == DueDiligenceStrand.Academic));
        Assert.Equal(10, assessment.Areas.Count(a => a.Strand == DueDiligenceStrand.Financial));
        Assert.Equal(DueDiligenceAreas.All, assessment.UnratedAreas);
    }

    [Fact]
    public void Starting_without_the_school_name_or_with_a_URN_that_is_not_six_digits_is_refused_with_both_reasons()
    {
        var refused = Assert.Throws<DomainException>(() => Started(Head with { SchoolName = " ", Urn = 12345 }));

        Assert.Contains("Give the name of the joining school.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("The URN must be a six-digit number.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_keeps_ratings_and_comments_and_leaves_areas_not_given_as_they_were()
    {
        var assessment = Started();
        assessment.Record(Head, new DueDiligenceNarrative("Minutes", "Warm", "Accounts", "Agree a recovery plan"),
            [new(DueDiligenceAreaKind.Finance, Rag.Red, " Deficit forecast "), new(DueDiligenceAreaKind.Safeguarding, Rag.Green, null)]);
        assessment.Record(Head, new DueDiligenceNarrative("Minutes", "Warm", "Accounts", "Agree a recovery plan"), [new(DueDiligenceAreaKind.Safeguarding, Rag.Amber, "Training lapsed")]);

        var finance = assessment.Areas.Single(a => a.Area == DueDiligenceAreaKind.Finance);
        Assert.Equal(Rag.Red, finance.Rag);
        Assert.Equal("Deficit forecast", finance.Comments);
        Assert.Equal(Rag.Amber, assessment.Areas.Single(a => a.Area == DueDiligenceAreaKind.Safeguarding).Rag);
        Assert.Equal("Agree a recovery plan", assessment.FurtherActions);
        Assert.Equal(14, assessment.UnratedAreas.Count);
    }

    [Fact]
    public void Completion_with_an_area_unrated_is_refused_naming_it_and_nothing_changes()
    {
        var assessment = Started();
        assessment.Record(Head, new DueDiligenceNarrative(null, null, null, null),
            [.. DueDiligenceAreas.All.Where(a => a != DueDiligenceAreaKind.Premises).Select(a => new DueDiligenceRating(a, Rag.Green, null))]);

        var refused = Assert.Throws<DomainException>(() => assessment.Complete(Register(), "Developing", Scheme, Director, Today, Today));

        Assert.Contains("Rate every area before completing: Premises not yet rated.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DueDiligenceStatus.InProgress, assessment.Status);
        Assert.Null(assessment.SchoolId);
    }

    [Fact]
    public void Completion_makes_the_school_joined_on_the_completion_date_with_the_proposed_category()
    {
        var assessment = AllRated();

        var school = assessment.Complete(Register(), "developing", Scheme, Director, Today.AddDays(-1), Today);

        Assert.Equal(DueDiligenceStatus.Completed, assessment.Status);
        Assert.Equal(school.Id, assessment.SchoolId);
        Assert.Equal("Developing", assessment.ProposedCategory);
        Assert.Equal(Today.AddDays(-1), assessment.CompletedOn);
        Assert.Equal(Director, assessment.CompletedByUserId);
        Assert.Equal("Danbury Common CE Primary", school.Name);
        Assert.Equal(290010, school.Urn);
        Assert.Equal(Today.AddDays(-1), school.DateJoined);
        Assert.Equal("Church of England", school.ChurchDesignation);
    }

    [Fact]
    public void Completion_with_a_category_the_scheme_lacks_a_future_date_or_missing_register_details_is_refused_with_every_reason()
    {
        var assessment = AllRated();

        var refused = Assert.Throws<DomainException>(() =>
            assessment.Complete(Register(urn: 0) with { Phase = "" }, "Outstanding", Scheme, Director, Today.AddDays(1), Today));

        Assert.Contains("Propose a first category, one of the trust's categories: Risk, Support, Developing, Secure.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be completed on a future date", refused.Message, StringComparison.Ordinal);
        Assert.Contains("The URN must be a six-digit number.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("A school needs a phase.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DueDiligenceStatus.InProgress, assessment.Status);
    }

    [Fact]
    public void Completion_needs_the_head_of_the_template()
    {
        var assessment = Started(Head with { Headteacher = null });
        assessment.Record(Head with { Headteacher = null }, new DueDiligenceNarrative(null, null, null, null), [.. DueDiligenceAreas.All.Select(a => new DueDiligenceRating(a, Rag.Amber, null))]);

        var refused = Assert.Throws<DomainException>(() => assessment.Complete(Register(), "Secure", Scheme, Director, Today, Today));

        Assert.Contains("Record the headteacher", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_completed_assessment_is_not_recorded_completed_or_withdrawn_again()
    {
        var assessment = AllRated();
        assessment.Complete(Register(), "Secure", Scheme, Director, Today, Today);

        Assert.Throws<DomainException>(() => assessment.Record(Head, new DueDiligenceNarrative(null, null, null, null), []));
        Assert.Throws<DomainException>(() => assessment.Complete(Register(), "Secure", Scheme, Director, Today, Today));
        var refused = Assert.Throws<DomainException>(() => assessment.Withdraw(Today, Today));
        Assert.Contains("This due diligence is completed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawing_keeps_the_record_and_stops_changes_and_completion()
    {
        var assessment = AllRated(Rag.Red);

        assessment.Withdraw(Today, Today);

        Assert.Equal(DueDiligenceStatus.Withdrawn, assessment.Status);
        Assert.Equal(Today, assessment.WithdrawnOn);
        Assert.All(assessment.Areas, a => Assert.Equal(Rag.Red, a.Rag));
        Assert.Throws<DomainException>(() => assessment.Record(Head, new DueDiligenceNarrative(null, null, null, null), []));
        Assert.Throws<DomainException>(() => assessment.Complete(Register(), "Risk", Scheme, Director, Today, Today));
        Assert.Null(assessment.SchoolId);
    }

    [Fact]
    public void Withdrawing_on_a_future_date_is_refused()
    {
        var assessment = Started();

        Assert.Throws<DomainException>(() => assessment.Withdraw(Today.AddDays(1), Today));
        Assert.Equal(DueDiligenceStatus.InProgress, assessment.Status);
    }
}
