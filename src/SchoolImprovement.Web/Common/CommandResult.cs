namespace SchoolImprovement.Web.Common;

/// <summary>
/// What a command did: the one result type of every use case that changes something.
/// <list type="bullet">
/// <item><see cref="Done"/>: saved; the id of what was made or changed.</item>
/// <item><see cref="Refused"/>: a rule said no; nothing was saved; the reasons, written for the user.</item>
/// <item><see cref="Conflict"/>: someone else saved the same record since the user loaded it; nothing was saved.</item>
/// <item><see cref="NotFound"/>: no such record in the user's trust (another trust's record is missing too).</item>
/// <item><see cref="Forbidden"/>: the record exists but this person may not change it.</item>
/// </list>
/// Handlers produce it through <see cref="CommandSaving"/>; controllers answer it through <see cref="CommandResponses"/>.
/// </summary>
public abstract record CommandResult
{
    private CommandResult()
    {
    }

    public static readonly CommandResult Missing = new NotFound();

    public static readonly CommandResult NotAllowed = new Forbidden();

    public static CommandResult Success(Guid id, string? detail = null) => new Done(id, detail);

    public static CommandResult Refuse(params IEnumerable<string> problems) => new Refused([.. problems]);

    /// <param name="Detail">What was done, for the success notice when it varies (an import's counts).</param>
    public sealed record Done(Guid Id, string? Detail = null) : CommandResult;

    public sealed record Refused(IReadOnlyList<string> Problems) : CommandResult;

    /// <summary>The record's version now in the database: the page shows the current values beside the kept input, and a second save replaces them.</summary>
    public sealed record Conflict(Guid CurrentVersion) : CommandResult;

    public sealed record NotFound : CommandResult;

    public sealed record Forbidden : CommandResult;
}
