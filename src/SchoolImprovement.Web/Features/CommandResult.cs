namespace SchoolImprovement.Web.Features;

/// <summary>Outcome of a command: done, refused with a message for the user, or not found / not allowed.</summary>
public enum CommandOutcome
{
    Done,
    Refused,
    NotFound,
    Forbidden,
}

public sealed record CommandResult(CommandOutcome Outcome, string? Message = null, Guid? Id = null)
{
    public static readonly CommandResult NotFound = new(CommandOutcome.NotFound);
    public static readonly CommandResult Forbidden = new(CommandOutcome.Forbidden);

    public static CommandResult Refused(string message) => new(CommandOutcome.Refused, message);
}
