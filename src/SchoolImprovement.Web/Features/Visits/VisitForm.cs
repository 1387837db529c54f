using FluentValidation;
using SchoolImprovement.Domain.Visits;
using SchoolImprovement.Web.Common;
using SchoolImprovement.Web.Features.Actions;

namespace SchoolImprovement.Web.Features.Visits;

/// <summary>
/// A visit note as the officer types it, for a new visit or a draft's edit: focus areas one a line, up to
/// <see cref="ActionRows"/> agreed actions (rows without a title are ignored). <see cref="Publish"/> is the
/// "Publish to the school" button: the note is saved and published at once.
/// </summary>
public sealed class VisitForm : IVersionedForm
{
    public const int ActionRows = 5;

    public Guid Version { get; set; }

    public DateOnly? VisitedOn { get; set; }

    public VisitMode? Mode { get; set; }

    public string? Purpose { get; set; }

    /// <summary>One focus area a line.</summary>
    public string? FocusAreas { get; set; }

    public string? Notes { get; set; }

    public string? Strengths { get; set; }

    /// <summary>The time the visit took, in half days (0.5, 1, 1.5 ...).</summary>
    public decimal? Days { get; set; }

    public List<VisitActionForm> Actions { get; set; } = [];

    public bool Publish { get; set; }

    public static VisitForm Blank(DateOnly today) => new() { VisitedOn = today, Mode = VisitMode.InPerson };

    public static VisitForm From(ImprovementVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new VisitForm
        {
            Version = visit.Version,
            VisitedOn = visit.VisitedOn,
            Mode = visit.Mode,
            Purpose = visit.Purpose,
            FocusAreas = string.Join("\n", visit.FocusAreas),
            Notes = visit.Notes,
            Strengths = visit.Strengths,
            Days = visit.Days,
            Actions = [.. visit.AgreedActions.Select(a => new VisitActionForm { Title = a.Title, OwnerRole = a.OwnerRole, OwnerUserId = a.OwnerUserId, DueOn = a.DueOn })],
        };
    }

    /// <summary>The action row <paramref name="index"/> as typed, or an empty one.</summary>
    public VisitActionForm ActionAt(int index) => index < Actions.Count ? Actions[index] : new VisitActionForm();

    public VisitNote ToNote() => new(
        VisitedOn!.Value,
        Mode!.Value,
        Purpose,
        [.. (FocusAreas ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Notes,
        Strengths,
        Days,
        [.. Actions.Where(a => a.IsGiven).Select(a => new VisitAgreedAction(a.Title!, a.OwnerRole, a.OwnerUserId, a.DueOn!.Value))]);
}

public sealed class VisitActionForm
{
    public string? Title { get; set; }

    public string? OwnerRole { get; set; }

    public Guid? OwnerUserId { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool IsGiven => !string.IsNullOrWhiteSpace(Title);
}

public sealed class VisitFormValidator : AbstractValidator<VisitForm>
{
    public VisitFormValidator()
    {
        RuleFor(f => f.VisitedOn).NotNull().WithMessage("Enter the date of the visit.");
        RuleFor(f => f.Mode).NotNull().IsInEnum().WithMessage("Say whether the visit was in person or online.");
        RuleFor(f => f.Actions.Count).LessThanOrEqualTo(VisitForm.ActionRows).WithMessage($"Record at most {VisitForm.ActionRows} actions with a visit; add more in the action tracker.");
        RuleForEach(f => f.Actions).ChildRules(action =>
        {
            action.RuleFor(a => a.Title).MaximumLength(ImprovementVisit.ActionTitleLength).WithMessage($"An action's description can be at most {ImprovementVisit.ActionTitleLength} characters.");
            action.RuleFor(a => a.DueOn).NotNull().When(a => a.IsGiven).WithMessage("Enter the date each agreed action is due by.");
            action.RuleFor(a => a).Must(a => !string.IsNullOrWhiteSpace(a.OwnerRole) || a.OwnerUserId is not null).When(a => a.IsGiven)
                .WithName("Owner").WithMessage("Choose each agreed action's owner: a role, a person or both.");
        });
    }
}

/// <summary>The record/edit page: the school, the draft being edited (none for a new visit), the form and the people who may own actions.</summary>
/// <param name="AllocationNote">In a trust that uses day allocations, what publishing the days does (logged on the officer's allocation).</param>
public sealed record VisitFormPage(
    Guid SchoolId, string School, Guid? VisitId, VisitForm Form, IReadOnlyList<PersonOption> People, string? AllocationNote)
{
    public string Action => VisitId is { } id ? $"/visits/{id}/edit" : $"/schools/{SchoolId}/visits/new";
}
