using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Cycles;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Security;

namespace SchoolImprovement.Web.Features.ReviewCycles;

/// <summary>A held review as recorded: when, who led it, the team (one name a line) and notes.</summary>
public sealed class RecordReviewForm
{
    public DateOnly? HeldOn { get; set; }

    public ReviewLead? Lead { get; set; }

    public string? LeadName { get; set; }

    /// <summary>The review team, one name a line: senior leaders from the trust's schools, partners.</summary>
    public string? TeamMembers { get; set; }

    public string? Notes { get; set; }

    public IReadOnlyList<string> TeamMemberNames =>
        [.. (TeamMembers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

public sealed class RecordReviewFormValidator : AbstractValidator<RecordReviewForm>
{
    public RecordReviewFormValidator()
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Enter the date the review was held.");
        RuleFor(f => f.Notes).MaximumLength(ReviewOccurrence.NotesLength).WithMessage($"The notes can be at most {ReviewOccurrence.NotesLength:N0} characters.");
    }
}

/// <summary>The form page for recording a review: what is being recorded, when it was last held and when it is due.</summary>
public sealed record RecordReviewPage(
    DueKind Kind, string KindLabel, Guid? SchoolId, string? School, BoardKind? BoardKind, string? BoardKindLabel,
    DateOnly? LastHeldOn, DateOnly? DueOn, bool Overdue, bool LeadRequired, RecordReviewForm Form)
{
    public string Action => SchoolId is { } id ? $"/schools/{id}/reviews/new?kind={Kind}" : $"/terms-of-reference/reviews/new?kind={BoardKind}";

    public string Subject => School ?? BoardKindLabel ?? "";
}

/// <summary>
/// Records a held review (issue 11 item 4): a school's development review, SIAMS preparation visit or headteacher
/// appraisal (<see cref="Policies.RecordReviews"/>), or the trust's review of a board kind's terms of reference
/// (<see cref="Policies.ManageBoards"/>). A cycle the trust's profile does not track for that school (a Vine-only cycle in
/// DDAT, SIAMS preparation for a school with no religious character, a board kind the profile does not list) is not found.
/// A closed school takes no review.
/// </summary>
public sealed class RecordReviewHandler(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<RecordReviewPage?> SchoolPageAsync(Guid schoolId, DueKind? kind, RecordReviewForm? form, CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => new { s.Name, s.ChurchDesignation, s.DateJoined }).SingleOrDefaultAsync(ct);
        var policy = await PolicyAsync(ct);
        if (school is null || policy is null || kind is not { } k || !ReviewKinds.ForSchool(policy, ReviewKinds.IsChurchSchool(school.ChurchDesignation)).Contains(k))
        {
            return null;
        }

        var last = await db.ReviewOccurrences.AsNoTracking().Where(o => o.SchoolId == schoolId && o.Kind == k).MaxAsync(o => (DateOnly?)o.HeldOn, ct);
        var today = clock.Today();
        var due = ReviewCycle.NextDue(k, policy.Cycles, last, school.DateJoined);
        return new RecordReviewPage(
            k, k.Label(), schoolId, school.Name, null, null, last, due, due < today, k == DueKind.DevelopmentReview, form ?? new RecordReviewForm { HeldOn = today });
    }

    public async Task<RecordReviewPage?> TermsOfReferencePageAsync(BoardKind? boardKind, RecordReviewForm? form, CancellationToken ct)
    {
        var policy = await PolicyAsync(ct);
        if (policy is null || boardKind is not { } b || !ReviewKinds.TermsOfReference(policy).Contains(b))
        {
            return null;
        }

        var last = await db.ReviewOccurrences.AsNoTracking().Where(o => o.Kind == DueKind.TermsOfReferenceReview && o.BoardKind == b).MaxAsync(o => (DateOnly?)o.HeldOn, ct);
        var today = clock.Today();
        var due = last is { } held ? ReviewCycle.NextDue(DueKind.TermsOfReferenceReview, policy.Cycles, held, held) : null;
        return new RecordReviewPage(
            DueKind.TermsOfReferenceReview, DueKind.TermsOfReferenceReview.Label(), null, null, b, b.Label(), last, due, due < today, false,
            form ?? new RecordReviewForm { HeldOn = today });
    }

    public async Task<CommandResult> RecordForSchoolAsync(Guid schoolId, DueKind? kind, RecordReviewForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var school = await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schoolId, ct);
        var policy = await PolicyAsync(ct);
        if (school is null || policy is null || kind is not { } k || !ReviewKinds.ForSchool(policy, ReviewKinds.IsChurchSchool(school.ChurchDesignation)).Contains(k))
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(() =>
        {
            school.EnsureOpenFor("given reviews");
            var review = ReviewOccurrence.ForSchool(
                k, schoolId, form.HeldOn!.Value, form.Lead, form.LeadName, form.TeamMemberNames, form.Notes, by, clock.GetUtcNow(), clock.Today());
            db.ReviewOccurrences.Add(review);
            return review.Id;
        }, ct);
    }

    public async Task<CommandResult> RecordTermsOfReferenceAsync(BoardKind? boardKind, RecordReviewForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var policy = await PolicyAsync(ct);
        if (policy is null || boardKind is not { } b || !ReviewKinds.TermsOfReference(policy).Contains(b))
        {
            return CommandResult.Missing;
        }

        var by = http.HttpContext!.User.Id();
        return await db.SaveCommandAsync(() =>
        {
            var review = ReviewOccurrence.ForTermsOfReference(
                b, form.HeldOn!.Value, form.Lead, form.LeadName, form.TeamMemberNames, form.Notes, by, clock.GetUtcNow(), clock.Today());
            db.ReviewOccurrences.Add(review);
            return review.Id;
        }, ct);
    }

    private async Task<PolicyContent?> PolicyAsync(CancellationToken ct) =>
        (await db.PolicyProfiles.AsNoTracking().SingleOrDefaultAsync(ct))?.Content;
}
