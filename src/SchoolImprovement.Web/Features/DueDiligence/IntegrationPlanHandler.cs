using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SchoolImprovement.Domain.Actions;
using SchoolImprovement.Domain.DueDiligence;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Common;

namespace SchoolImprovement.Web.Features.DueDiligence;

/// <summary>The integration meeting as typed: when, who met, notes, and up to <see cref="ActionRows"/> agreed actions.</summary>
public sealed class IntegrationMeetingForm
{
    public const int ActionRows = 5;

    public DateOnly? HeldOn { get; set; }

    public List<IntegrationAttendee> Attendees { get; set; } = [];

    public string? Notes { get; set; }

    /// <summary>Actions agreed at the meeting; rows left without a title are ignored.</summary>
    public List<IntegrationActionForm> Actions { get; set; } = [];

    /// <summary>The action row <paramref name="index"/> as typed, or an empty one.</summary>
    public IntegrationActionForm ActionAt(int index) => index < Actions.Count ? Actions[index] : new IntegrationActionForm();
}

public sealed class IntegrationActionForm
{
    public string? Title { get; set; }

    /// <summary>Who owns it: one of the roles at the meeting (Vine §5), by its label.</summary>
    public string? OwnerRole { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool IsGiven => !string.IsNullOrWhiteSpace(Title);
}

public sealed class IntegrationMeetingFormValidator : AbstractValidator<IntegrationMeetingForm>
{
    public IntegrationMeetingFormValidator()
    {
        RuleFor(f => f.HeldOn).NotNull().WithMessage("Enter the date of the integration meeting.");
        RuleFor(f => f.Attendees).NotEmpty().WithMessage("Say who met: the headteacher, CEO, COO, Director of Learning and vision and governance lead.");
        RuleForEach(f => f.Attendees).IsInEnum().WithMessage("Choose who met from the list.");
        RuleFor(f => f.Notes).MaximumLength(IntegrationMeeting.NotesLength).WithMessage($"The notes can be at most {IntegrationMeeting.NotesLength:N0} characters.");
        RuleFor(f => f.Actions.Count).LessThanOrEqualTo(IntegrationMeetingForm.ActionRows)
            .WithMessage($"Record at most {IntegrationMeetingForm.ActionRows} actions with the meeting; add more in the action tracker.");
        RuleForEach(f => f.Actions).ChildRules(action =>
        {
            action.RuleFor(a => a.Title).MaximumLength(1000).WithMessage("An action's description can be at most 1,000 characters.");
            action.RuleFor(a => a.OwnerRole).NotEmpty().When(a => a.IsGiven).WithMessage("Choose who owns each agreed action.");
            action.RuleFor(a => a.OwnerRole).MaximumLength(100);
            action.RuleFor(a => a.DueOn).NotNull().When(a => a.IsGiven).WithMessage("Enter the date each agreed action is due by.");
        });
    }
}

public sealed record IntegrationActionView(Guid Id, string Title, string? Owner, DateOnly DueOn, string Status);

public sealed record IntegrationMeetingView(Guid Id, DateOnly HeldOn, IReadOnlyList<string> Attendees, string? Notes, string RecordedBy, IReadOnlyList<IntegrationActionView> Actions);

/// <summary>
/// A joining school's integration plan (Vine §5): the due diligence it follows, the meetings recorded (latest first) with
/// the actions agreed at each, and the form for the next one.
/// </summary>
public sealed record IntegrationPlanPage(
    Guid SchoolId, string SchoolName, Guid AssessmentId, DateOnly CompletedOn, IReadOnlyList<IntegrationMeetingView> Meetings,
    bool CanRecord, IReadOnlyList<string> Roles, IntegrationMeetingForm Form);

/// <summary>
/// The integration meeting after due diligence (Vine §5: "the Headteacher, CEO, COO and DOL and VGL will meet with school
/// leaders to plan for the integration of the school into the trust"): recorded by a due diligence lead with the actions
/// agreed, which go into the school's action tracker (sourced to the meeting). Meeting and actions are saved together.
/// </summary>
public sealed class IntegrationPlanHandler(PortalDbContext db, TrustContext trust, TimeProvider clock, PermissionsReader permissions)
{
    public async Task<IntegrationPlanPage?> PageAsync(Guid schoolId, IntegrationMeetingForm? kept, CancellationToken ct)
    {
        var found = await db.DueDiligenceAssessments.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && a.Status == DueDiligenceStatus.Completed)
            .Select(a => new { a.Id, a.CompletedOn, School = db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).First() })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var meetings = await db.IntegrationMeetings.AsNoTracking().Where(m => m.SchoolId == schoolId)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt)
            .Select(m => new { m.Id, m.HeldOn, m.Attendees, m.Notes, RecordedBy = db.Users.Where(u => u.Id == m.RecordedBy).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var actions = await db.Actions.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && a.Source == ActionSource.IntegrationPlan)
            .OrderBy(a => a.DueOn)
            .Select(a => new { a.SourceId, a.Id, a.Title, a.OwnerRole, a.DueOn, a.Status })
            .ToListAsync(ct);
        var byMeeting = actions.ToLookup(a => a.SourceId);
        var can = await permissions.CurrentAsync();
        return new IntegrationPlanPage(
            schoolId, found.School, found.Id, found.CompletedOn!.Value,
            [.. meetings.Select(m => new IntegrationMeetingView(
                m.Id, m.HeldOn, [.. m.Attendees.Select(a => a.Label())], m.Notes, m.RecordedBy ?? "",
                [.. byMeeting[m.Id].Select(a => new IntegrationActionView(a.Id, a.Title, a.OwnerRole, a.DueOn, a.Status.Label()))]))],
            can.ManageDueDiligence, [.. IntegrationAttendees.All.Select(a => a.Label())],
            kept ?? new IntegrationMeetingForm { HeldOn = clock.Today() });
    }

    public async Task<CommandResult> HandleAsync(Guid schoolId, IntegrationMeetingForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var assessment = await db.DueDiligenceAssessments.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && a.Status == DueDiligenceStatus.Completed).FirstOrDefaultAsync(ct);
        if (assessment is null)
        {
            return CommandResult.Missing;
        }

        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId, ct);
        return await db.SaveCommandAsync(() =>
        {
            school.EnsureOpenFor("given an integration plan");
            var today = clock.Today();
            var now = clock.GetUtcNow();
            var meeting = IntegrationMeeting.Record(assessment, form.HeldOn ?? today, form.Attendees, form.Notes, trust.UserId!.Value, today, now);
            db.IntegrationMeetings.Add(meeting);
            foreach (var row in form.Actions.Where(a => a.IsGiven))
            {
                db.Actions.Add(ImprovementAction.Create(
                    schoolId, row.Title!, ActionSource.IntegrationPlan, meeting.Id, row.OwnerRole, null,
                    row.DueOn ?? throw new DomainException("Enter the date each agreed action is due by."), today, now));
            }

            return meeting.Id;
        }, ct);
    }
}
