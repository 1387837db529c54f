namespace SchoolImprovement.Domain.Visits;

/// <summary>
/// An action agreed at a visit, kept on the draft; publishing the visit puts it into the action tracker as an
/// <see cref="Actions.ImprovementAction"/> (<see cref="Actions.ActionSource.Visit"/>, sourced to the visit).
/// </summary>
public sealed record VisitAgreedAction(string Title, string? OwnerRole, Guid? OwnerUserId, DateOnly DueOn);
