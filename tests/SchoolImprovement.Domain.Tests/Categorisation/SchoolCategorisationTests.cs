using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Categorisation;

public sealed class SchoolCategorisationTests
{
    private static readonly IReadOnlyList<CategoryDefinition> Scheme = PolicyTemplates.VineSchoolsTrust().Categories;
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid Director = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static List<EvidenceJudgement> Evidence(string judgement = "Support") =>
        [.. EvidenceSources.All.Select(s => new EvidenceJudgement(s, judgement, $"Notes on {s}"))];

    private static SchoolCategorisation Proposal() => SchoolCategorisation.Propose(Guid.NewGuid(), "support", "Outcomes fell", Evidence(), Scheme, Officer, Now);

    [Fact]
    public void A_proposal_takes_the_schemes_spelling_and_keeps_every_source_in_policy_order()
    {
        var proposal = Proposal();
        Assert.Equal("Support", proposal.Category);
        Assert.Equal(CategorisationStatus.Proposed, proposal.Status);
        Assert.Equal(EvidenceSources.All, proposal.Evidence.Select(e => e.Source));
    }

    [Fact]
    public void An_unknown_category_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => SchoolCategorisation.Propose(Guid.NewGuid(), "Amber", "x", Evidence(), Scheme, Officer, Now));
        Assert.Contains("Risk, Support, Developing, Secure", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_missing_for_a_source_is_refused_naming_the_source()
    {
        var evidence = Evidence().Where(e => e.Source != EvidenceSource.GovernanceEvaluation).ToList();
        evidence[0] = evidence[0] with { Notes = " " };
        var refused = Assert.Throws<DomainException>(() => SchoolCategorisation.Propose(Guid.NewGuid(), "Support", "x", evidence, Scheme, Officer, Now));
        Assert.Contains("Governance evaluation", refused.Message, StringComparison.Ordinal);
        Assert.Contains("School self-evaluation", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_proposer_cannot_confirm_their_own_proposal()
    {
        var proposal = Proposal();
        Assert.Throws<DomainException>(() => proposal.Confirm(Officer, Now));
        Assert.Equal(CategorisationStatus.Proposed, proposal.Status);
    }

    [Fact]
    public void The_director_of_learning_confirms_and_the_decision_is_recorded()
    {
        var proposal = Proposal();
        proposal.Confirm(Director, Now.AddDays(1));
        Assert.Equal((CategorisationStatus.Confirmed, Director, Now.AddDays(1)), (proposal.Status, proposal.DecidedBy!.Value, proposal.DecidedAt!.Value));
    }

    [Fact]
    public void Returning_needs_a_reason_and_ends_the_proposal()
    {
        var proposal = Proposal();
        Assert.Throws<DomainException>(() => proposal.Return(Director, "  ", Now));
        proposal.Return(Director, "Attendance evidence is out of date", Now);
        Assert.Equal(CategorisationStatus.Returned, proposal.Status);
        Assert.Throws<DomainException>(() => proposal.Confirm(Director, Now));
    }

    [Fact]
    public void A_confirmed_categorisation_cannot_be_decided_again()
    {
        var proposal = Proposal();
        proposal.Confirm(Director, Now);
        Assert.Throws<DomainException>(() => proposal.Return(Director, "changed my mind", Now));
        Assert.Throws<DomainException>(() => proposal.Confirm(Director, Now));
    }

    [Fact]
    public void A_source_the_profile_does_not_require_may_be_left_out_but_not_half_given()
    {
        var required = EvidenceSources.All.Where(s => s != EvidenceSource.InternalReviewOutcomes).ToList();
        var evidence = Evidence().Where(e => e.Source != EvidenceSource.InternalReviewOutcomes).ToList();

        var proposal = SchoolCategorisation.Propose(Guid.NewGuid(), "Support", "x", evidence, Scheme, Officer, Now, required);
        Assert.Equal(6, proposal.Evidence.Count);

        evidence.Add(new EvidenceJudgement(EvidenceSource.InternalReviewOutcomes, "Support", ""));
        Assert.Throws<DomainException>(() => SchoolCategorisation.Propose(Guid.NewGuid(), "Support", "x", evidence, Scheme, Officer, Now, required));
    }

    [Fact]
    public void A_profile_must_require_at_least_one_evidence_source()
    {
        var content = PolicyTemplates.VineSchoolsTrust() with { RequiredEvidence = [] };
        Assert.Contains(content.Problems(), p => p.Contains("evidence source", StringComparison.Ordinal));
    }
}
