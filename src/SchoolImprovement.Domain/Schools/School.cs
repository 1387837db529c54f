using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Schools;

/// <summary>
/// An academy of the trust. The URN (unique reference number from GIAS) is unique within a trust.
/// </summary>
public sealed class School : ITrustOwned, IVersioned
{
    public Guid Id { get; private set; }
    public Guid TrustId { get; private set; }
    public Guid Version { get; private set; }
    public int Urn { get; private set; }
    public string Name { get; private set; } = "";
    public string Phase { get; private set; } = "";
    public string EstablishmentType { get; private set; } = "";
    public string LocalAuthority { get; private set; } = "";
    /// <summary>Religious character from GIAS, e.g. "Church of England"; null when none.</summary>
    public string? ChurchDesignation { get; private set; }
    public string? Diocese { get; private set; }
    public int? Pupils { get; private set; }
    public DateOnly DateJoined { get; private set; }

    /// <summary>The day the school closed or left the trust; null while open. Its history is kept.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public bool IsOpen => ClosedOn is null;

    /// <summary>The day the CEO designated the school causing concern; null when it is not. Set and cleared by its <c>Concerns.ConcernCase</c>.</summary>
    public DateOnly? CausingConcernSince { get; internal set; }

    private School() { }

    public School(SchoolDetails details)
    {
        Id = Guid.CreateVersion7();
        Apply(details);
    }

    public bool IsChurchSchool => !string.IsNullOrWhiteSpace(ChurchDesignation)
        && !ChurchDesignation.Equals("None", StringComparison.OrdinalIgnoreCase)
        && !ChurchDesignation.Equals("Does not apply", StringComparison.OrdinalIgnoreCase);

    public void Update(SchoolDetails details) => Apply(details);

    /// <summary>Closes the school (or records that it left the trust). It cannot close before it joined.</summary>
    public void Close(DateOnly on)
    {
        if (ClosedOn is not null)
        {
            throw new DomainException("This school is already closed.");
        }

        if (on < DateJoined)
        {
            throw new DomainException("A school cannot close before the date it joined the trust.");
        }

        ClosedOn = on;
    }

    public void Reopen() => ClosedOn = null;

    /// <summary>A closed school takes no new work (categorisation, actions, and whatever later features add): it must be reopened first.</summary>
    /// <param name="work">What was asked for, as the message says it: "categorised", "given actions".</param>
    public void EnsureOpenFor(string work)
    {
        if (!IsOpen)
        {
            throw new DomainException($"This school is closed, so it cannot be {work}. Reopen it first.");
        }
    }

    private void Apply(SchoolDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = details.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }

        Urn = details.Urn;
        Name = details.Name.Trim();
        Phase = details.Phase.Trim();
        EstablishmentType = details.EstablishmentType.Trim();
        LocalAuthority = details.LocalAuthority.Trim();
        ChurchDesignation = Blank(details.ChurchDesignation);
        Diocese = Blank(details.Diocese);
        Pupils = details.Pupils;
        DateJoined = details.DateJoined;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The key facts of a school, as entered or imported.</summary>
public sealed record SchoolDetails(
    int Urn,
    string Name,
    string Phase,
    string EstablishmentType,
    string LocalAuthority,
    string? ChurchDesignation,
    string? Diocese,
    int? Pupils,
    DateOnly DateJoined)
{
    /// <summary>URNs are six-digit numbers issued by GIAS (100000 to 999999).</summary>
    public const int LowestUrn = 100000;
    public const int HighestUrn = 999999;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Urn is < LowestUrn or > HighestUrn)
        {
            problems.Add("The URN must be a six-digit number.");
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("A school needs a name.");
        }

        if (string.IsNullOrWhiteSpace(Phase))
        {
            problems.Add("A school needs a phase.");
        }

        if (Pupils is < 0)
        {
            problems.Add("The number of pupils cannot be negative.");
        }

        return problems;
    }
}
