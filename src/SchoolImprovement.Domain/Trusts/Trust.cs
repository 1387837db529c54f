namespace SchoolImprovement.Domain.Trusts;

/// <summary>A multi-academy trust: the tenant. Everything a trust owns carries its id.</summary>
public sealed class Trust
{
    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public Trust(string name, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        Name = RequireName(name);
        CreatedAt = createdAt;
    }


    private static string RequireName(string name) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new Tenancy.DomainException("A trust needs a name.")
            : name.Trim();
}
