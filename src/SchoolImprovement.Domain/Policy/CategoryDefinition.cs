namespace SchoolImprovement.Domain.Policy;

/// <summary>
/// One category of the trust's categorisation scheme (Vine policy, "Categorisation" and
/// "Possible Responses to Categorisation"): its descriptors and its standard responses.
/// </summary>
public sealed record CategoryDefinition(string Name, IReadOnlyList<string> Descriptors, IReadOnlyList<string> StandardResponses)
{
    public bool Equals(CategoryDefinition? other) =>
        other is not null
        && Name == other.Name
        && Descriptors.SequenceEqual(other.Descriptors)
        && StandardResponses.SequenceEqual(other.StandardResponses);

    public override int GetHashCode() => HashCode.Combine(Name, Descriptors.Count, StandardResponses.Count);
}
